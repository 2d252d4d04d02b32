using System.ComponentModel.DataAnnotations;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Admin;

/// <summary>The registration numbers and footer of a site as its settings page edits them; a blank field clears the value.</summary>
public sealed class SiteFooterForm
{
    [Display(Name = "主办单位")]
    [StringLength(200, ErrorMessage = "{0}不能超过 {1} 个字。")]
    public string? Sponsor { get; set; }

    [Display(Name = "联系方式")]
    [StringLength(500, ErrorMessage = "{0}不能超过 {1} 个字。")]
    public string? Contact { get; set; }

    [Display(Name = "网站标识码")]
    [StringLength(32, ErrorMessage = "{0}不能超过 {1} 个字符。")]
    public string? SiteIdentificationCode { get; set; }

    [Display(Name = "ICP备案号")]
    [StringLength(64, ErrorMessage = "{0}不能超过 {1} 个字符。")]
    public string? IcpRecord { get; set; }

    [Display(Name = "公安备案号")]
    [StringLength(64, ErrorMessage = "{0}不能超过 {1} 个字符。")]
    public string? PublicSecurityRecord { get; set; }

    public static SiteFooterForm Of(Site site) => new()
    {
        Sponsor = site.Sponsor,
        Contact = site.Contact,
        SiteIdentificationCode = site.SiteIdentificationCode,
        IcpRecord = site.IcpRecord,
        PublicSecurityRecord = site.PublicSecurityRecord,
    };

    public SiteUpdate ToUpdate() => new(
        SiteIdentificationCode: SiteIdentificationCode ?? "", IcpRecord: IcpRecord ?? "", PublicSecurityRecord: PublicSecurityRecord ?? "",
        Sponsor: Sponsor ?? "", Contact: Contact ?? "");
}
