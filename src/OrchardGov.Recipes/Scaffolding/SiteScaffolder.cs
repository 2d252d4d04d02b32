using System.Text.Json.Nodes;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Recipes.Execution;

namespace OrchardGov.Recipes.Scaffolding;

/// <summary>
/// Creates sites from division codes and sets each up with a recipe. A site's recipe run and the record that
/// it ran commit together, so a site is either scaffolded or not: a run that is stopped half-way is completed by
/// running it again, and a site already scaffolded with the recipe is left alone.
/// </summary>
public sealed class SiteScaffolder(SiteRegistry sites, DivisionDirectory divisions, RecipeCatalog recipes, RecipeExecutor executor, ContentStore store, TimeProvider clock)
{
    /// <summary>The site document that records which recipes set the site up.</summary>
    public const string RecordType = "Scaffolding";

    /// <summary>Creates the site if needed (from its division code) and runs the recipe on it unless it already ran.</summary>
    public async Task<ScaffoldOutcome> ScaffoldAsync(string code, string recipeName, CancellationToken cancellationToken = default)
    {
        var recipe = await recipes.FindAsync(recipeName, cancellationToken: cancellationToken)
            ?? throw new UserInputException($"There is no recipe named '{recipeName}'. See 'recipes list'.");
        var site = await sites.FindAsync(code, cancellationToken);
        var created = site is null;
        site ??= await sites.CreateAsync(new SiteCreation(code), cancellationToken);

        await using var session = store.OpenSession(site.Id);
        var record = await session.Documents.GetObjectAsync(RecordType);
        if (record[recipe.Name] is not null)
        {
            return new ScaffoldOutcome(site, created, Ran: false);
        }

        await executor.RunAsync(recipe, session, new RecipeRun(site, new Dictionary<string, string>()), depth: 0, cancellationToken);
        record[recipe.Name] = new JsonObject { ["version"] = recipe.Version, ["ranUtc"] = clock.GetUtcNow().UtcDateTime };
        await session.Documents.SaveObjectAsync(RecordType, record);
        await session.CommitAsync();
        return new ScaffoldOutcome(site, created, Ran: true);
    }

    /// <summary>
    /// Every township-level division under a province, city or county code (the sites between are created
    /// when missing, so each township hangs under its own county).
    /// </summary>
    public IReadOnlyList<Division> TownshipsUnder(string code)
    {
        var root = divisions.Find(code) ?? throw new UserInputException(
            $"'{code}' is not a statistical division code (a province, city or county, e.g. 431202).");
        if (root.Level == SiteLevel.Township)
        {
            throw new UserInputException($"{code} {root.Name} is itself a township; use 'sites create --code {code} --recipe ...'.");
        }

        var townships = new List<Division>();
        var pending = new Stack<Division>([root]);
        while (pending.TryPop(out var division))
        {
            foreach (var child in divisions.ChildrenOf(division.Code))
            {
                if (child.Level == SiteLevel.Township)
                {
                    townships.Add(child);
                }
                else
                {
                    pending.Push(child);
                }
            }
        }

        return townships.OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>Creates the sites between <paramref name="underCode"/> (included) and the township, top first, when missing.</summary>
    public async Task EnsureAncestorsAsync(string underCode, Division township, CancellationToken cancellationToken = default)
    {
        var chain = new List<string>();
        for (var code = township.ParentCode; code is not null; code = divisions.Find(code)?.ParentCode)
        {
            chain.Insert(0, code);
            if (code == underCode)
            {
                break;
            }
        }

        foreach (var code in chain.Where(c => chain.IndexOf(c) >= chain.IndexOf(underCode)))
        {
            if (await sites.FindAsync(code, cancellationToken) is null)
            {
                await sites.CreateAsync(new SiteCreation(code), cancellationToken);
            }
        }
    }
}
