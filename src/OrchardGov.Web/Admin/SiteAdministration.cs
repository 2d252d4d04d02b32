using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Recipes.Execution;
using OrchardGov.Recipes.Models;
using OrchardGov.Recipes.Scaffolding;

namespace OrchardGov.Web.Admin;

/// <summary>What a site's administrator changes about the site itself, for the settings page and the API alike; each change is audited.</summary>
public sealed class SiteAdministration(SiteRegistry sites, RecipeCatalog recipes, SiteScaffolder scaffolder, DivisionDirectory divisions, AuditTrail audit)
{
    public async Task<Site> UpdateAsync(Site site, SiteFooterForm footer, CancellationToken cancellationToken = default)
    {
        var after = await sites.UpdateAsync(site.Code, footer.ToUpdate(), cancellationToken);
        await audit.RecordAsync(site.Id, new AuditRecord("site.update", site.Code, SubjectOf(site), SiteFooterForm.Of(site), SiteFooterForm.Of(after)), cancellationToken);
        return after;
    }

    /// <summary>The recipes meant for the site's level.</summary>
    public async Task<IReadOnlyList<Recipe>> SuitableRecipesAsync(Site site, CancellationToken cancellationToken = default) =>
        (await recipes.ListAsync(cancellationToken)).Recipes
            .Where(recipe => !recipe.IsSetupRecipe && (recipe.SiteLevels.Count == 0 || recipe.SiteLevels.Contains(site.Level))).ToList();

    /// <summary>Sets the site up with the recipe; false when it had been already (nothing changes then).</summary>
    public async Task<bool> ScaffoldAsync(Site site, string? recipeName, CancellationToken cancellationToken = default)
    {
        var chosen = (await SuitableRecipesAsync(site, cancellationToken)).FirstOrDefault(r => r.Name == recipeName)
            ?? throw new UserInputException($"配方“{recipeName}”不适用于{SiteLevelNames.LabelOf(site.Level)}站点；请从列表中选择配方。");
        if (!(await scaffolder.ScaffoldAsync(site.Code, chosen.Name, cancellationToken)).Ran)
        {
            return false;
        }

        await audit.RecordAsync(site.Id, new AuditRecord("site.scaffold", chosen.Name, SubjectOf(site),
            After: new { Recipe = chosen.Name, chosen.DisplayName, chosen.Version }), cancellationToken);
        return true;
    }

    /// <summary>Creates the site of a division directly below this one.</summary>
    public async Task<Site> CreateChildAsync(Site parent, string? code, CancellationToken cancellationToken = default)
    {
        var division = ChildSiteRule.Check(divisions, parent, code ?? "");
        if (await sites.FindAsync(division.Code, cancellationToken) is not null)
        {
            throw new UserInputException($"站点 {division.Name}（{division.Code}）已经存在。");
        }

        var child = await sites.CreateAsync(new SiteCreation(division.Code, ParentCode: parent.Code), cancellationToken);
        await audit.RecordAsync(parent.Id, new AuditRecord("site.create", child.Code, SubjectOf(child),
            After: new { child.Code, child.Name, Level = SiteLevelNames.LabelOf(child.Level), Parent = parent.Code }), cancellationToken);
        return child;
    }

    private static string SubjectOf(Site site) => $"站点 {site.Name}（{site.Code}）";
}
