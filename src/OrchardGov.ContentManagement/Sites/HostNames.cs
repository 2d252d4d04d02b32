using System.Globalization;

namespace OrchardGov.ContentManagement.Sites;

/// <summary>What a host name bound to a site may be.</summary>
public static class HostNames
{
    /// <summary>The name in lower case (internationalised names in their ASCII form), or a reason it is not valid.</summary>
    public static (string? Normalized, string? Problem) Normalize(string hostName)
    {
        var trimmed = hostName.Trim().TrimEnd('.');
        string ascii;
        try
        {
            ascii = new IdnMapping().GetAscii(trimmed).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return (null, $"'{hostName}' is not a host name.");
        }

        return Uri.CheckHostName(ascii) == UriHostNameType.Dns && ascii.Contains('.')
            ? (ascii, null)
            : (null, $"'{hostName}' is not a host name such as www.hecheng.gov.cn.");
    }
}
