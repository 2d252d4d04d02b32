using System.Security.Cryptography;
using System.Text;

namespace OrchardGov.Disclosure.Services;

/// <summary>
/// Content item ids derived from what an item is (its domain, 一级事项, 二级事项), so that the same standard row or
/// column has the same id on every site and a recipe that runs again updates instead of duplicating.
/// </summary>
public static class StableIds
{
    /// <summary>A 26-character id: the two-letter prefix, then 24 hex digits of a SHA-256 hash of the parts.</summary>
    public static string For(string prefix, params string[] parts)
    {
        if (prefix.Length != 2)
        {
            throw new ArgumentException("The prefix must be two characters.", nameof(prefix));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return prefix + Convert.ToHexStringLower(hash)[..24];
    }

    public static string Domain(string domainKey) => For("dm", domainKey);

    public static string DomainColumn(string domainKey) => For("cd", domainKey);

    public static string CategoryColumn(string domainKey, string category) => For("cc", domainKey, category);

    public static string EntryColumn(string domainKey, string category, string item) => For("ci", domainKey, category, item);

    public static string Entry(string domainKey, string category, string item) => For("ce", domainKey, category, item);

    /// <summary>The version id a standard recipe gives an item: fixed, so that a recipe run twice leaves it unchanged.</summary>
    public static string RecipeVersion(string contentItemId) => For("rv", contentItemId);
}
