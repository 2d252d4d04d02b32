using System.Globalization;

namespace OrchardGov.ContentManagement.Media;

/// <summary>What a visitor is told about a file before opening it: its kind ("PDF", "Word") and size ("1.2 MB").</summary>
public static class MediaKinds
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "PDF", [".ofd"] = "OFD", [".doc"] = "Word", [".docx"] = "Word", [".wps"] = "WPS",
        [".xls"] = "Excel", [".xlsx"] = "Excel", [".et"] = "WPS表格", [".ppt"] = "PPT", [".pptx"] = "PPT",
        [".txt"] = "文本", [".csv"] = "CSV", [".zip"] = "ZIP压缩包", [".rar"] = "RAR压缩包", [".7z"] = "7z压缩包",
        [".jpg"] = "图片", [".jpeg"] = "图片", [".png"] = "图片", [".gif"] = "图片", [".webp"] = "图片",
        [".mp4"] = "视频", [".mp3"] = "音频",
    };

    public static string KindOf(string fileName) =>
        Kinds.TryGetValue(Path.GetExtension(fileName), out var kind) ? kind
        : Path.GetExtension(fileName) is { Length: > 1 } extension ? extension[1..].ToUpperInvariant() : "文件";

    public static string SizeLabel(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024:0.#} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024 / 1024:0.#} GB"),
    };
}
