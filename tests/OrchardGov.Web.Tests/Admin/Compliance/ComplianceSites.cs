using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Compliance.Deadlines;
using OrchardGov.Disclosure.Services.Editing;
using OrchardGov.Recipes.Scaffolding;

namespace OrchardGov.Web.Tests.Admin.Compliance;

/// <summary>
/// A portal with sites for the compliance pages: a county (431224, which no other test uses) and three townships
/// below it with the module on but no recipe, so no catalog entries, and a fourth without the module. The second
/// township has one blank column (镇务动态), the third two, so sorting by blank columns turns the code order round.
/// </summary>
public sealed class ComplianceSites : PortalFactory, IAsyncLifetime
{
    public const string County = "431224";

    /// <summary>False until the 公开时限 parser is in the tree; tests over sites with catalog entries wait for it.</summary>
    public IReadOnlyList<string> Townships { get; private set; } = [];

    public string WithoutModule { get; private set; } = "";

    public static bool DeadlineRulesReady { get; } = ParserReady();

    public const string WaitingForRules = "The 公开时限 parser (DeadlineRuleParser) is not implemented in this tree yet.";

    public async Task InitializeAsync()
    {
        const int townships = 3;
        CreateClient().Dispose();
        var services = Services;
        var scaffolder = services.GetRequiredService<SiteScaffolder>();
        var registry = services.GetRequiredService<SiteRegistry>();
        var divisions = scaffolder.TownshipsUnder(County).Take(townships + 1).ToList();
        var codes = new List<string>();
        foreach (var division in divisions)
        {
            await scaffolder.EnsureAncestorsAsync(County, division);
            await registry.CreateAsync(new SiteCreation(division.Code));
            codes.Add(division.Code);
        }

        foreach (var code in codes.Take(townships).Prepend(County))
        {
            await services.GetRequiredService<FeatureService>().EnableAsync((await registry.GetAsync(code)).Id, Manifest.Disclosure.Id);
        }

        Townships = [.. codes.Take(townships)];
        WithoutModule = codes[^1];
        await AddBlankColumnsAsync(Townships[1], "镇务动态");
        await AddBlankColumnsAsync(Townships[2], "一", "二");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Adds visible list columns with no article, which count as blank (空白栏目).</summary>
    private async Task AddBlankColumnsAsync(string siteCode, params string[] titles)
    {
        var portal = this;
        var site = await portal.Services.GetRequiredService<SiteRegistry>().GetAsync(siteCode);
        await using var session = portal.Services.GetRequiredService<ContentStore>().OpenSession(site.Id);
        foreach (var title in titles)
        {
            await portal.Services.GetRequiredService<ColumnEditor>()
                .AddAsync(session, new Column { Title = title, Slug = $"c{Guid.NewGuid():N}"[..12], Kind = ColumnKind.List, Freshness = FreshnessClass.News });
        }

        await session.CommitAsync();
    }

    public async Task<string> NameOfAsync(string code) =>
        (await Services.GetRequiredService<SiteRegistry>().GetAsync(code)).Name;

    private static bool ParserReady()
    {
        try
        {
            DeadlineRuleParser.Parse("长期公开");
            return true;
        }
        catch (NotImplementedException)
        {
            return false;
        }
    }
}
