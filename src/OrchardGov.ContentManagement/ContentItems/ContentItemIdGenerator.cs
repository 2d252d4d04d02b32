using System.Security.Cryptography;

namespace OrchardGov.ContentManagement.ContentItems;

/// <summary>
/// Makes the 26-character identifiers Orchard Core uses for content items and versions:
/// 128 random bits written in lower-case base 32 (digits and letters without i, l, o and u).
/// </summary>
public static class ContentItemIdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    public const int Length = 26;

    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        var value = new UInt128(
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));

        Span<char> chars = stackalloc char[Length];
        for (var i = Length - 1; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return new string(chars);
    }
}
