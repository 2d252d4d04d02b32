using System.Globalization;

namespace OrchardGov.ContentManagement.Media;

/// <summary>
/// Decides whether an editor's upload (an article's attachment or image) may be stored, before any of it is: its name,
/// its kind, its size, and whether its first bytes are what its extension claims.
/// </summary>
public sealed class UploadCheck(UploadPolicy policy)
{
    /// <summary>How much of the start of a file <see cref="Check"/> looks at.</summary>
    public const int HeadLength = 4096;

    private readonly string _allowedKinds =
        string.Join("、", policy.AllowedExtensions.Select(MediaKinds.KindOf).Distinct())
        + "（" + string.Join(" ", policy.AllowedExtensions) + "）";

    public UploadPolicy Policy { get; } = policy;

    /// <param name="head">The first <see cref="HeadLength"/> bytes of the file, or all of it when it is shorter.</param>
    public UploadVerdict Check(string fileName, long length, ReadOnlySpan<byte> head)
    {
        var verdict = UploadFileName.Check(fileName);
        if (!verdict.Accepted)
        {
            return verdict;
        }

        var name = verdict.StoredName;
        var shown = UploadFileName.Shown(name);
        var extension = Path.GetExtension(name);
        if (!Policy.AllowedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return UploadVerdict.Refused($"不允许上传“{shown}”：允许的文件类型有 {_allowedKinds}。");
        }

        if (length <= 0)
        {
            return UploadVerdict.Refused($"“{shown}”是空文件，请检查后重新上传。");
        }

        if (length > Policy.MaxBytes)
        {
            var size = MediaKinds.SizeLabel(length);
            var limit = MediaKinds.SizeLabel(Policy.MaxBytes);
            // Just over the limit rounds to the limit itself ("50 MB, over the 50 MB limit"), so count the bytes then.
            if (size == limit)
            {
                size = string.Create(CultureInfo.InvariantCulture, $"{length:N0} 字节");
                limit = string.Create(CultureInfo.InvariantCulture, $"{limit}（{Policy.MaxBytes:N0} 字节）");
            }

            var gap = limit.EndsWith('）') ? "" : " ";
            return UploadVerdict.Refused($"“{shown}”有 {size}，超过了 {limit}{gap}的上限，请压缩或拆分后再上传。");
        }

        var expected = HeadSignatures.ExpectedFor(extension);
        var isProgram = HeadSignatures.Program.Matches(head) || HeadSignatures.Script.Matches(head);
        if (isProgram || !expected.Matches(head))
        {
            return UploadVerdict.Refused(Mismatch(shown, extension, expected, HeadSignatures.Recognise(head)));
        }

        return verdict;
    }

    /// <summary>Checks a seekable stream from its start, and leaves it rewound for storing.</summary>
    public static async Task<UploadVerdict> CheckAsync(string fileName, Stream content, UploadPolicy policy, CancellationToken cancellationToken = default)
    {
        if (!content.CanSeek)
        {
            throw new ArgumentException("The upload must be seekable (buffer it to a temporary file first) so it can be rewound for storing.", nameof(content));
        }

        var head = new byte[HeadLength];
        int read;
        try
        {
            content.Position = 0;
            read = await content.ReadAtLeastAsync(head, HeadLength, throwOnEndOfStream: false, cancellationToken);
        }
        finally
        {
            content.Position = 0;
        }

        return new UploadCheck(policy).Check(fileName, content.Length, head.AsSpan(0, read));
    }

    private static string Mismatch(string shown, string extension, HeadSignature expected, HeadSignature? looks)
    {
        var claimed = extension[1..].ToUpperInvariant();
        if (looks is not null)
        {
            var gap = char.IsAscii(looks.Looks[0]) ? " " : "";
            return $"“{shown}”的内容不是 {claimed} 文件（看起来是{gap}{looks.Looks}），已拒绝。";
        }

        return expected == HeadSignatures.Text
            ? $"“{shown}”的内容不是 UTF-8 或 GBK 编码的文本，已拒绝。请在编辑器里另存为 UTF-8 编码后再上传。"
            : $"“{shown}”的内容不是 {claimed} 文件，已拒绝。文件可能已损坏或被改过扩展名，请检查后重新上传。";
    }
}
