using Microsoft.AspNetCore.Mvc;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Recipes.Models;
using OrchardGov.Web.Admin;

namespace OrchardGov.Web.Pages.Admin.Site;

/// <summary>
/// A site's settings, for those who manage it: footer and registration numbers, features, scaffolding from a
/// recipe, and new sites directly below. Each change is audited; a refused change shows why and changes nothing.
/// </summary>
public sealed class SettingsModel(
    SiteRegistry sites, FeatureCatalog catalog, FeatureService features, ContentStore store, SiteAdministration administration,
    DivisionDirectory divisions) : SiteAdminPageModel
{
    public SiteFooterForm? Footer { get; private set; }

    public IReadOnlyList<FeatureState> Features { get; private set; } = [];

    public IReadOnlyList<Recipe> Recipes { get; private set; } = [];

    public IReadOnlyList<Division> MissingChildren { get; private set; } = [];

    public bool HasChildDivisions { get; private set; }

    public string? ChildCode { get; private set; }

    protected override SitePermission PermissionFor(string method, string? handler) => SitePermission.ManageSite;

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostFooterAsync(SiteFooterForm footer)
    {
        Footer = footer;
        return !ModelState.IsValid ? await PageAsync() : await ChangeAsync(async cancellationToken =>
        {
            await administration.UpdateAsync(Site, footer, cancellationToken);
            return "已保存站点信息。";
        });
    }

    public Task<IActionResult> OnPostEnableAsync(string? feature) => ChangeAsync(async cancellationToken =>
    {
        var descriptor = FeatureOf(feature);
        await using var session = store.OpenSession(Site.Id);
        var enabled = await features.EnableAsync(session, descriptor.Id, cancellationToken);
        if (enabled.Count == 0)
        {
            return $"功能“{descriptor.Name}”本来就已启用。";
        }

        await session.CommitAsync();
        return $"已启用功能：{string.Join("、", enabled.Select(id => catalog.Get(id).Name))}。";
    });

    public Task<IActionResult> OnPostDisableAsync(string? feature) => ChangeAsync(async cancellationToken =>
    {
        var descriptor = FeatureOf(feature);
        var states = await features.ListAsync(Site.Id, cancellationToken);
        var dependents = states.Where(s => s.Enabled && s.Feature.Dependencies.Contains(descriptor.Id, StringComparer.OrdinalIgnoreCase)).ToList();
        if (descriptor.AlwaysEnabled || dependents.Count > 0)
        {
            throw new UserInputException(descriptor.AlwaysEnabled
                ? $"功能“{descriptor.Name}”是每个站点都有的，不能停用。"
                : $"功能“{descriptor.Name}”被“{string.Join("、", dependents.Select(s => s.Feature.Name))}”用到，请先停用它们。");
        }

        await using var session = store.OpenSession(Site.Id);
        if (!await features.DisableAsync(session, descriptor.Id, cancellationToken))
        {
            return $"功能“{descriptor.Name}”本来就未启用。";
        }

        await session.CommitAsync();
        return $"已停用功能“{descriptor.Name}”。";
    });

    public Task<IActionResult> OnPostScaffoldAsync(string? recipe) => ChangeAsync(async cancellationToken =>
        await administration.ScaffoldAsync(Site, recipe, cancellationToken) ? $"已用配方“{recipe}”搭建本站点。" : $"本站点此前已用配方“{recipe}”搭建，这次未作改动。");

    public Task<IActionResult> OnPostCreateChildAsync(string? childCode)
    {
        ChildCode = childCode;
        return ChangeAsync(async cancellationToken =>
        {
            var child = await administration.CreateChildAsync(Site, childCode, cancellationToken);
            return $"已创建下级站点 {child.Name}（{child.Code}）。";
        });
    }

    private FeatureDescriptor FeatureOf(string? id) =>
        catalog.Find(id ?? "") ?? throw new UserInputException($"没有功能“{id}”；请从列表中选择功能。");

    private async Task<IActionResult> ChangeAsync(Func<CancellationToken, Task<string>> change)
    {
        string? message = null;
        if (await UserInputErrors.TryAsync(ModelState, async () => message = await change(HttpContext.RequestAborted)))
        {
            TempData["Message"] = message;
            return RedirectToPage();
        }

        return await PageAsync();
    }

    private async Task<IActionResult> PageAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Footer ??= SiteFooterForm.Of(Site);
        Features = (await features.ListAsync(Site.Id, cancellationToken)).Where(state => !state.Feature.AlwaysEnabled).ToList();
        Recipes = await administration.SuitableRecipesAsync(Site, cancellationToken);
        HasChildDivisions = divisions.ChildrenOf(Site.Code).Any();
        MissingChildren = HasChildDivisions ? ChildSiteRule.Missing(divisions, Site, await sites.ChildrenAsync(Site.Id, cancellationToken)) : [];
    }

}
