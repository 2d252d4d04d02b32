using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.Portal.BrowserTests.Browser;
using OrchardGov.Recipes.Scaffolding;
using static Microsoft.Playwright.Assertions;

namespace OrchardGov.Portal.BrowserTests.Admin;

/// <summary>
/// A township editor and the county's reviewer in the admin, in the browser: edit, submit, return with a reason,
/// fix, resubmit, approve; the public catalog then shows the change and the audit trail shows every step.
/// </summary>
[Collection(AdminCollection.Name)]
public sealed class CatalogReviewJourneyTests(PortalBrowser portal)
{
    [SkippableFact]
    public async Task An_edit_returned_fixed_and_approved_reaches_the_public_catalog_and_the_audit_trail()
    {
        portal.SkipIfUnavailable();
        var township = portal.Services.GetRequiredService<SiteScaffolder>().TownshipsUnder("431202")[^1];
        await AdminSignIn.GrantAsync(portal, "journey-editor", township.Code, SiteRole.Editor);
        await AdminSignIn.GrantAsync(portal, "journey-reviewer", "431202", SiteRole.Reviewer);
        await AdminSignIn.GrantAsync(portal, "journey-admin", township.Code, SiteRole.SiteAdmin);
        var catalog = $"/admin/{township.Code}/catalog";

        await using var editorBrowser = await portal.NewVisitorAsync(Viewports.Desktop);
        var editor = await AdminSignIn.SignInAsync(portal, editorBrowser, "journey-editor");
        await editor.GotoAsync(portal.Url(catalog));
        var item = await editor.Locator("table a[aria-label^='编辑']").First.GetAttributeAsync("aria-label");
        await editor.Locator("table a[aria-label^='编辑']").First.ClickAsync();
        await editor.GetByLabel("公开时限").FillAsync("自信息形成之日起10个工作日内");
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "提交上级审核" }).ClickAsync();
        await Expect(editor.GetByText("已提交审核，等待上级审核")).ToBeVisibleAsync();

        await using var reviewerBrowser = await portal.NewVisitorAsync(Viewports.Desktop);
        var reviewer = await AdminSignIn.SignInAsync(portal, reviewerBrowser, "journey-reviewer");
        await reviewer.GotoAsync(portal.Url($"{catalog}/versions"));
        await reviewer.GetByLabel("退回理由").FillAsync("公开时限应与《条例》一致：20个工作日。");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "退回" }).ClickAsync();

        await editor.GotoAsync(portal.Url(catalog));
        await Expect(editor.GetByText("公开时限应与《条例》一致：20个工作日。")).ToBeVisibleAsync();
        await editor.Locator($"table a[aria-label='{item}']").ClickAsync();
        await editor.GetByLabel("公开时限").FillAsync("自信息形成或者变更之日起20个工作日内（经审核）");
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "提交上级审核" }).ClickAsync();

        await reviewer.GotoAsync(portal.Url($"{catalog}/versions"));
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "通过" }).ClickAsync();

        await using var visitorBrowser = await portal.NewVisitorAsync(Viewports.Desktop);
        var visitor = await visitorBrowser.NewPageAsync();
        await visitor.GotoAsync(portal.Url($"/{township.Code}/catalog"));
        await Expect(visitor.GetByText("自信息形成或者变更之日起20个工作日内（经审核）")).ToBeVisibleAsync();

        await using var adminBrowser = await portal.NewVisitorAsync(Viewports.Desktop);
        var admin = await AdminSignIn.SignInAsync(portal, adminBrowser, "journey-admin");
        await admin.GotoAsync(portal.Url("/admin/audit"));
        var trail = admin.GetByRole(AriaRole.Table);
        foreach (var step in new[] { "修改公开事项", "提交目录审核", "目录审核退回", "目录审核通过" })
        {
            await Expect(trail.GetByRole(AriaRole.Cell, new() { Name = step, Exact = true }).First).ToBeVisibleAsync();
        }
    }
}
