namespace OrchardGov.ContentManagement.Sites;

/// <summary>One government portal site, served under <c>/{Code}/</c> and on its bound host names.</summary>
public sealed class Site
{
    public int Id { get; set; }

    /// <summary>The statistical division code (e.g. 431202 鹤城区), or another short lower-case code.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }
    public SiteLevel Level { get; set; }
    public int? ParentId { get; set; }

    /// <summary>网站标识码, from the national government website registry.</summary>
    public string? SiteIdentificationCode { get; set; }

    /// <summary>ICP备案号.</summary>
    public string? IcpRecord { get; set; }

    /// <summary>公安备案号.</summary>
    public string? PublicSecurityRecord { get; set; }

    /// <summary>主办单位, shown in the portal's footer.</summary>
    public string? Sponsor { get; set; }

    /// <summary>联系方式 (address, telephone, e-mail), shown in the portal's footer.</summary>
    public string? Contact { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>
    /// Grows with every change to what the site's public pages show (its content, documents, features,
    /// settings, the sites below it), in the same transaction; cached pages of an older stamp are stale.
    /// </summary>
    public long ContentStamp { get; set; }

    public List<SiteHostName> HostNames { get; set; } = [];

    public string PathBase => "/" + Code;
}
