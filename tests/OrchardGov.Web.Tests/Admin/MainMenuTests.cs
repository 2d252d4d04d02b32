using OrchardGov.ContentManagement.Accounts;

namespace OrchardGov.Web.Tests.Admin;

public sealed class MainMenuTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_county_reviewer_finds_the_review_queue_in_the_main_menu_and_a_township_editor_does_not()
    {
        using var reviewer = await AdminClient.ForNewPersonAsync(portal, "menu-reviewer", false, ("431202", SiteRole.Reviewer));
        using var editor = await AdminClient.ForNewPersonAsync(portal, "menu-editor", false, ("431202001", SiteRole.Editor));

        Assert.Contains("href=\"/admin/reviews\"", await reviewer.GetPageAsync("/admin"));
        Assert.DoesNotContain("href=\"/admin/reviews\"", await editor.GetPageAsync("/admin"));
    }
}
