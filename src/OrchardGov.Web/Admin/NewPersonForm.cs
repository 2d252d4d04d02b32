using System.ComponentModel.DataAnnotations;

namespace OrchardGov.Web.Admin;

/// <summary>A new person as the people pages ask for them; the password is generated.</summary>
public sealed class NewPersonForm
{
    [Display(Name = "用户名")]
    [Required(ErrorMessage = "请填写{0}。")]
    [StringLength(64, ErrorMessage = "{0}不能超过 {1} 个字符。")]
    public string UserName { get; set; } = "";

    [Display(Name = "姓名")]
    [StringLength(50, ErrorMessage = "{0}不能超过 {1} 个字。")]
    public string? DisplayName { get; set; }

    [Display(Name = "角色")]
    [Required(ErrorMessage = "请选择{0}。")]
    public string Role { get; set; } = "editor";

    /// <summary>The site of the role, on the platform-wide people page; a site's own page gives its own.</summary>
    [Display(Name = "站点代码")]
    public string? SiteCode { get; set; }
}
