using System.Security.Cryptography;

namespace OrchardGov.ContentManagement.ContentItems;

/// <summary>
/// Makes the 26-character identifiers Orchard Core uses for content items and versions, in lower-case
/// base 32 (digits and letters without i, l, o and u). The first 10 characters are the time in
/// milliseconds and the other 16 are random (80 bits), so ids made later sort later and new rows land at
/// the end of the database indexes instead of at random places in them.
/// </summary>
public static class ContentItemIdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    public const int Length = 26;
    private const int TimeLength = 10;

    public static string NewId() => NewId(DateTimeOffset.UtcNow);

    public static string NewId(DateTimeOffset time)
    {
        Span<char> chars = stackalloc char[Length];
        var milliseconds = (ulong)time.ToUnixTimeMilliseconds();
        for (var i = TimeLength - 1; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(milliseconds & 31)];
            milliseconds >>= 5;
        }

        Span<byte> random = stackalloc byte[Length - TimeLength];
        RandomNumberGenerator.Fill(random);
        for (var i = TimeLength; i < Length; i++)
        {
            chars[i] = Alphabet[random[i - TimeLength] & 31];
        }

        return new string(chars);
    }
}
