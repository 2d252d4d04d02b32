using System.Globalization;
using System.Text;

namespace OrchardGov.ContentManagement.Media;

/// <summary>
/// Whether an uploaded file's name can be stored as it is, on Linux and on Windows, without reaching outside its folder.
/// The editor renames the file when it cannot; nothing is silently rewritten except surrounding spaces and Unicode form.
/// </summary>
internal static class UploadFileName
{
    public const int MaxCharacters = 120;

    // Most Linux file systems stop at 255 bytes, which 85 Chinese characters in UTF-8 already reach.
    private const int MaxUtf8Bytes = 255;

    private const int ShownCharacters = 60;

    private static readonly HashSet<string> ReservedOnWindows = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    private static readonly char[] UnusableOnWindows = ['<', '>', '"', '|', '?', '*'];

    public static UploadVerdict Check(string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return UploadVerdict.Refused("上传的文件没有文件名，请给文件起个名字后再上传。");
        }

        if (!HasOnlyVisibleCharacters(fileName))
        {
            return UploadVerdict.Refused($"文件名“{Shown(fileName)}”含有控制字符，请重新命名后再上传。");
        }

        var name = fileName.Normalize(NormalizationForm.FormC).Trim();
        if (name.Contains('/') || name.Contains('\\') || name.Contains(':') || name.Contains(".."))
        {
            return UploadVerdict.Refused($"文件名“{Shown(name)}”不能包含路径，请使用普通文件名。");
        }

        if (name.IndexOfAny(UnusableOnWindows) is var at and >= 0)
        {
            return UploadVerdict.Refused($"文件名“{Shown(name)}”含有不能用在文件名里的字符“{name[at]}”，请删去后再上传。");
        }

        if (name.StartsWith('.'))
        {
            return UploadVerdict.Refused($"文件名“{Shown(name)}”不能以“.”开头，请使用普通文件名。");
        }

        // Windows treats "CON.pdf" and "con .txt" as the console device, whatever follows the first dot.
        if (ReservedOnWindows.Contains(name.Split('.')[0].TrimEnd(' ')))
        {
            return UploadVerdict.Refused($"文件名“{Shown(name)}”是 Windows 的保留名称，请换一个名字。");
        }

        if (name.Length > MaxCharacters || Encoding.UTF8.GetByteCount(name) > MaxUtf8Bytes)
        {
            return UploadVerdict.Refused($"文件名“{Shown(name)}”太长，请改短到 {MaxCharacters} 个字符以内（全是汉字时约 80 个）后再上传。");
        }

        return UploadVerdict.Ok(name);
    }

    /// <summary>The name as a message can show it: invisible characters spelled out, and a long name cut short.</summary>
    public static string Shown(string fileName)
    {
        var shown = new StringBuilder();
        foreach (var c in fileName)
        {
            if (shown.Length >= ShownCharacters)
            {
                return shown.Append('…').ToString();
            }

            shown.Append(char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                ? $"\\u{(int)c:X4}"
                : c);
        }

        return shown.ToString();
    }

    // Format characters include the right-to-left override that makes "通知\u202Efdp.exe" display as "通知exe.pdf".
    private static bool HasOnlyVisibleCharacters(string fileName)
    {
        var rest = fileName.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != System.Buffers.OperationStatus.Done
                || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }
}
