using Microsoft.AspNetCore.Mvc;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Admin;
using OrchardGov.Disclosure.Services.Review;

namespace OrchardGov.Disclosure.Pages.Admin.Catalog;

/// <summary>What changed between two versions of the catalog: a submitted version, the current draft or the public catalog.</summary>
public sealed class CompareModel(CatalogReview review) : DisclosureAdminPage
{
    private const string Draft = "draft";
    private const string Published = "published";

    [BindProperty(SupportsGet = true)]
    public string From { get; set; } = Published;

    [BindProperty(SupportsGet = true)]
    public string To { get; set; } = Draft;

    public CatalogDifference? Difference { get; private set; }

    public string FromName => NameOf(From);

    public string ToName => NameOf(To);

    public async Task<IActionResult> OnGetAsync()
    {
        await using var session = OpenSession();
        try
        {
            Difference = CatalogComparison.Compare(await SnapshotAsync(session, From), await SnapshotAsync(session, To));
        }
        catch (UserInputException refused)
        {
            Error = refused.Message;
        }

        return Page();
    }

    public static string Describe(DomainChange change) => change.Kind switch
    {
        DomainChangeKind.MarkedNotApplicable => $"标记为未涉及，说明：{change.ReasonAfter}",
        DomainChangeKind.UnmarkedNotApplicable => $"取消未涉及标记（原说明：{change.ReasonBefore}）",
        _ => $"未涉及说明由“{change.ReasonBefore}”改为“{change.ReasonAfter}”",
    };

    private async Task<CatalogSnapshot> SnapshotAsync(ContentSession session, string which) => which switch
    {
        Draft => await review.SnapshotAsync(session, VersionOptions.Latest),
        Published => await review.SnapshotAsync(session, VersionOptions.Published),
        _ when int.TryParse(which, out var number) => (await review.GetAsync(session, number)).Snapshot,
        _ => throw new UserInputException($"“{which}”不是目录的版本：请选择版本号、当前草稿（draft）或当前公开版本（published）。"),
    };

    private static string NameOf(string which) => which switch
    {
        Draft => "当前草稿",
        Published => "当前公开版本",
        _ => $"第{which}版",
    };
}
