using Microsoft.AspNetCore.Mvc;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Recipes.Execution;
using OrchardGov.Recipes.Models;
using OrchardGov.Recipes.Scaffolding;
using OrchardGov.Web.Admin;

namespace OrchardGov.Web.Pages.Admin.Site;

/// <summary>
/// A site's settings, for those who manage it: footer and registration numbers, features, scaffolding from a
/// recipe, and new sites directly below. Each change is audited; a refused change shows why and changes nothing.
/// </summary>
public sealed class SettingsModel(
    SiteRegistry sites, FeatureCatalog catalog, FeatureService features, ContentStore store, RecipeCatalog recipes,
    SiteScaffolder scaffolder, DivisionDirectory divisions, AuditTrail audit) : SiteAdminPageModel
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
            var after = await sites.UpdateAsync(Site.Code, footer.ToUpdate(), cancellationToken);
            await audit.RecordAsync(Site.Id, new AuditRecord("site.update", Site.Code, SiteSubject(Site),
                SiteFooterForm.Of(Site), SiteFooterForm.Of(after)), cancellationToken);
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

        audit.Record(session, new AuditRecord("feature.enable", descriptor.Id, $"功能 {descriptor.Name}（{descriptor.Id}）",
            new { Enabled = false }, new { Enabled = true, Features = enabled }));
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

        audit.Record(session, new AuditRecord("feature.disable", descriptor.Id, $"功能 {descriptor.Name}（{descriptor.Id}）",
            new { Enabled = true }, new { Enabled = false }));
        await session.CommitAsync();
        return $"已停用功能“{descriptor.Name}”。";
    });

    public Task<IActionResult> OnPostScaffoldAsync(string? recipe) => ChangeAsync(async cancellationToken =>
    {
        var chosen = (await SuitableRecipesAsync(cancellationToken)).FirstOrDefault(r => r.Name == recipe)
            ?? throw new UserInputException($"配方“{recipe}”不适用于{SiteLevelNames.LabelOf(Site.Level)}站点；请从列表中选择配方。");
        var title = chosen.DisplayName ?? chosen.Name;
        var outcome = await scaffolder.ScaffoldAsync(Site.Code, chosen.Name, cancellationToken);
        if (!outcome.Ran)
        {
            return $"本站点此前已用配方“{title}”搭建，这次未作改动。";
        }

        await audit.RecordAsync(Site.Id, new AuditRecord("site.scaffold", chosen.Name, SiteSubject(Site),
            After: new { Recipe = chosen.Name, chosen.DisplayName, chosen.Version }), cancellationToken);
        return $"已用配方“{title}”搭建本站点。";
    });

    public Task<IActionResult> OnPostCreateChildAsync(string? childCode)
    {
        ChildCode = childCode;
        return ChangeAsync(async cancellationToken =>
        {
            var division = ChildSiteRule.Check(divisions, Site, childCode ?? "");
            if (await sites.FindAsync(division.Code, cancellationToken) is not null)
            {
                throw new UserInputException($"站点 {division.Name}（{division.Code}）已经存在。");
            }

            var child = await sites.CreateAsync(new SiteCreation(division.Code, ParentCode: Site.Code), cancellationToken);
            await audit.RecordAsync(Site.Id, new AuditRecord("site.create", child.Code, SiteSubject(child),
                After: new { child.Code, child.Name, Level = SiteLevelNames.LabelOf(child.Level), Parent = Site.Code }), cancellationToken);
            return $"已创建下级站点 {child.Name}（{child.Code}）。";
        });
    }

    private static string SiteSubject(ContentManagement.Sites.Site site) => $"站点 {site.Name}（{site.Code}）";

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
        Recipes = await SuitableRecipesAsync(cancellationToken);
        HasChildDivisions = divisions.ChildrenOf(Site.Code).Any();
        MissingChildren = HasChildDivisions ? ChildSiteRule.Missing(divisions, Site, await sites.ChildrenAsync(Site.Id, cancellationToken)) : [];
    }

    private async Task<IReadOnlyList<Recipe>> SuitableRecipesAsync(CancellationToken cancellationToken) =>
        (await recipes.ListAsync(cancellationToken)).Recipes
            .Where(recipe => !recipe.IsSetupRecipe && (recipe.SiteLevels.Count == 0 || recipe.SiteLevels.Contains(Site.Level))).ToList();
}
