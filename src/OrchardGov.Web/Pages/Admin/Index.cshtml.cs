using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.Web.Admin;

namespace OrchardGov.Web.Pages.Admin;

/// <summary>
/// The admin's home: the sites the person works on, grouped by what they do there. A list longer than a page
/// (a platform holds thousands of sites) gets a search box and pages, never thousands of rows.
/// </summary>
public sealed class IndexModel(SiteAccess access) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>The group whose later pages are being read; the others are hidden meanwhile.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    [Display(Name = "页码")]
    public int PageNumber { get; set; } = 1;

    public UserGrants Grants { get; private set; } = UserGrants.None;

    public IReadOnlyList<SiteGroup> Groups { get; private set; } = [];

    public bool ShowSearch { get; private set; }

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Grants = await access.GrantsAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", cancellationToken);
        var reach = await access.SitesAllowingAsync(Grants, [SitePermission.ManageSite, SitePermission.ViewDrafts, SitePermission.Review], cancellationToken);
        List<(string Key, string Title, IReadOnlyList<ContentManagement.Sites.Site> Sites, string LinkSuffix)> lists = Grants.IsPlatformAdmin
            ? [("all", "全部站点", reach[SitePermission.ManageSite], "")]
            :
            [
                // A site admin of a county manages its townships but reads only its own drafts: those links go to settings.
                ("manage", "我管理的站点", reach[SitePermission.ManageSite], "/settings"),
                ("edit", "我编辑的站点", reach[SitePermission.ViewDrafts], ""),
                ("review", "我审核的站点", reach[SitePermission.Review], ""),
            ];
        ShowSearch = !string.IsNullOrWhiteSpace(Q) || lists.Any(list => list.Sites.Count > PageSize);
        Groups = lists
            .Where(list => list.Sites.Count > 0 && (string.IsNullOrEmpty(Group) || Group == list.Key))
            .Select(list => Paged(list.Key, list.Title, list.Sites.Where(Matches).ToList(), list.LinkSuffix))
            .ToList();
    }

    private SiteGroup Paged(string key, string title, IReadOnlyList<ContentManagement.Sites.Site> sites, string linkSuffix)
    {
        var count = Pager.PageCount(sites.Count, PageSize);
        var current = Group == key ? Math.Clamp(PageNumber, 1, count) : 1;
        var pager = new Pager($"{title}分页", current, count, page => Pager.Url("/admin", ("q", Q), ("group", key), ("p", page.ToString())) + "#sites");
        return new SiteGroup(key, title, sites.Skip((current - 1) * PageSize).Take(PageSize).ToList(), sites.Count, pager, linkSuffix);
    }

    private bool Matches(ContentManagement.Sites.Site site) => string.IsNullOrWhiteSpace(Q)
        || site.Code.StartsWith(Q.Trim(), StringComparison.OrdinalIgnoreCase)
        || site.Name.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase);
}
