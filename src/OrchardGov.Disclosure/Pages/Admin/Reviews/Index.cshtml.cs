using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Indexes;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Review;

namespace OrchardGov.Disclosure.Pages.Admin.Reviews;

/// <summary>
/// What waits for the signed-in reviewer: on every site they review (with the module on), a catalog version
/// submitted for review and the articles submitted for review.
/// </summary>
public sealed class IndexModel(SiteAccess access, FeatureService features, ContentStore store, CatalogReview catalogReview) : PageModel
{
    public IReadOnlyList<SiteWork> Sites { get; private set; } = [];

    /// <summary>Only for people who review some site: others get 403, as on the other pages they have no use for.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var grants = await access.GrantsAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", cancellationToken);
        var reviewed = await access.SitesAllowingAsync(grants, SitePermission.Review, cancellationToken);
        if (reviewed.Count == 0)
        {
            return Forbid();
        }

        var work = new List<SiteWork>();
        foreach (var site in reviewed)
        {
            if (!await features.IsEnabledAsync(site.Id, Manifest.Disclosure.Id, cancellationToken))
            {
                continue;
            }

            await using var session = store.OpenSession(site.Id);
            var catalog = await catalogReview.PendingAsync(session);
            var articles = await session.QueryIndexAsync<ArticleIndex>(
                row => row.Latest && row.ReviewStatus == ArticleReviewStatus.Submitted, take: 500);
            if (catalog is not null || articles.Count > 0)
            {
                work.Add(new SiteWork(site, catalog, [.. articles.Select(ArticleContent.Read)]));
            }
        }

        Sites = work;
        return Page();
    }

    public sealed record SiteWork(Site Site, CatalogVersion? Catalog, IReadOnlyList<Article> Articles);
}
