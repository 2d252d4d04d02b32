using System.Buffers;
using System.Text;

namespace OrchardGov.ContentManagement.Media;

/// <summary>Whether bytes read as text in the encodings Chinese offices save in: UTF-8, or GB18030 (which includes GBK and GB2312).</summary>
internal static class PlainText
{
    /// <summary>A character cut off at the end is accepted, because the bytes are usually only the file's first few kilobytes.</summary>
    public static bool IsPlausible(ReadOnlySpan<byte> head) =>
        !head.Contains((byte)0) && (IsUtf8(head) || IsGb18030(head));

    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var used);
            if (status == OperationStatus.NeedMoreData)
            {
                return true;
            }

            if (status != OperationStatus.Done)
            {
                return false;
            }

            bytes = bytes[used..];
        }

        return true;
    }

    // GB18030 characters are one byte (ASCII), two (lead 81–FE, trail 40–7E or 80–FE) or four (81–FE 30–39 81–FE 30–39).
    private static bool IsGb18030(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            if (!IsLead(bytes[i]))
            {
                return false;
            }

            if (i + 1 == bytes.Length)
            {
                return true;
            }

            var second = bytes[i + 1];
            if (second is >= 0x40 and <= 0x7E or >= 0x80 and <= 0xFE)
            {
                i += 2;
                continue;
            }

            if (second is < 0x30 or > 0x39
                || (i + 2 < bytes.Length && !IsLead(bytes[i + 2]))
                || (i + 3 < bytes.Length && bytes[i + 3] is < 0x30 or > 0x39))
            {
                return false;
            }

            i += 4;
        }

        return true;
    }

    private static bool IsLead(byte value) => value is >= 0x81 and <= 0xFE;
}
