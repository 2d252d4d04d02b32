using System.Security.Claims;
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

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var grants = await access.GrantsAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", cancellationToken);
        var work = new List<SiteWork>();
        foreach (var site in await access.SitesAllowingAsync(grants, SitePermission.Review, cancellationToken))
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
    }

    public sealed record SiteWork(Site Site, CatalogVersion? Catalog, IReadOnlyList<Article> Articles);
}
