namespace OrchardGov.ContentManagement.Media;

/// <summary>What the first bytes of each allowed kind of file look like, so content is judged by itself and not by its name.</summary>
internal static class HeadSignatures
{
    public static readonly HeadSignature Program = new("可执行程序", h => h.StartsWith("MZ"u8) || h.StartsWith("\u007FELF"u8));
    public static readonly HeadSignature Script = new("可执行脚本", h => h.StartsWith("#!"u8));
    public static readonly HeadSignature Text = new("文本", PlainText.IsPlausible);

    private static readonly HeadSignature Pdf = new("PDF 文件", h => h.StartsWith("%PDF-"u8));
    private static readonly HeadSignature Ole2 = new("旧版 Office/WPS 文档", h => h.StartsWith(Ole2Magic));
    private static readonly HeadSignature Zip = new("ZIP 格式的文件", h => h.StartsWith("PK\u0003\u0004"u8));
    private static readonly HeadSignature Rar = new("RAR 压缩包", h => h.StartsWith("Rar!\u001A\u0007"u8));
    private static readonly HeadSignature SevenZip = new("7z 压缩包", h => h.StartsWith(SevenZipMagic));
    private static readonly HeadSignature Jpeg = new("JPEG 图片", h => h.StartsWith(JpegMagic));
    private static readonly HeadSignature Png = new("PNG 图片", h => h.StartsWith(PngMagic));
    private static readonly HeadSignature Gif = new("GIF 图片", h => h.StartsWith("GIF87a"u8) || h.StartsWith("GIF89a"u8));
    private static readonly HeadSignature Webp = new("WEBP 图片", h => h.StartsWith("RIFF"u8) && h.Length >= 12 && h[8..12].SequenceEqual("WEBP"u8));
    private static readonly HeadSignature Mp4 = new("MP4 视频", h => h.Length >= 8 && h[4..8].SequenceEqual("ftyp"u8));
    private static readonly HeadSignature Mp3 = new("MP3 音频", h => h.StartsWith("ID3"u8) || IsMp3Frame(h));

    private static readonly Dictionary<string, HeadSignature> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = Pdf,
        [".doc"] = Ole2, [".xls"] = Ole2, [".ppt"] = Ole2, [".wps"] = Ole2, [".et"] = Ole2,
        [".docx"] = Zip, [".xlsx"] = Zip, [".pptx"] = Zip, [".ofd"] = Zip, [".zip"] = Zip,
        [".rar"] = Rar, [".7z"] = SevenZip,
        [".jpg"] = Jpeg, [".jpeg"] = Jpeg, [".png"] = Png, [".gif"] = Gif, [".webp"] = Webp,
        [".mp4"] = Mp4, [".mp3"] = Mp3,
        [".txt"] = Text, [".csv"] = Text,
    };

    // Text last: it is the loosest test, and programs first so a disguised one is called what it is.
    private static readonly HeadSignature[] Recognisable = [Program, Script, Pdf, Ole2, Zip, Rar, SevenZip, Jpeg, Png, Gif, Webp, Mp4, Mp3, Text];

    private static ReadOnlySpan<byte> Ole2Magic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> SevenZipMagic => [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool Knows(string extension) => ByExtension.ContainsKey(extension);

    public static HeadSignature ExpectedFor(string extension) => ByExtension[extension];

    // Eleven sync bits (FF Ex/Fx), then a version other than the reserved 01 and layer III; without the layer,
    // a UTF-16 text's byte order mark (FF FE) would pass for an MP3.
    private static bool IsMp3Frame(ReadOnlySpan<byte> h) =>
        h.Length >= 2 && h[0] == 0xFF && (h[1] & 0xE0) == 0xE0 && (h[1] & 0x18) != 0x08 && (h[1] & 0x06) == 0x02;

    public static HeadSignature? Recognise(ReadOnlySpan<byte> head)
    {
        foreach (var signature in Recognisable)
        {
            if (signature.Matches(head))
            {
                return signature;
            }
        }

        return null;
    }
}
