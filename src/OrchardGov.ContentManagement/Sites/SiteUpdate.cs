namespace OrchardGov.ContentManagement.Sites;

/// <summary>Changes to a site's name, host names, registration numbers and footer; null leaves a value as it is, a blank one clears it.</summary>
public sealed record SiteUpdate(
    string? Name = null,
    IReadOnlyList<string>? HostNames = null,
    string? SiteIdentificationCode = null,
    string? IcpRecord = null,
    string? PublicSecurityRecord = null,
    string? Sponsor = null,
    string? Contact = null);
