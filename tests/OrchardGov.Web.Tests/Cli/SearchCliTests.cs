using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Services.Search;
using OrchardGov.Web.Tests.Portal;

namespace OrchardGov.Web.Tests.Cli;

/// <summary><c>search rebuild</c>: with progress on a free index, a request to the running node on a held one, and a kill in the middle.</summary>
public sealed class SearchCliTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Township = "431202001";

    [Fact]
    public async Task Rebuilding_a_site_prints_its_progress_and_leaves_every_shown_item_in_the_index()
    {
        portal.CreateClient();
        var folder = Path.Combine(Path.GetDirectoryName(portal.SearchFolder)!, $"cli-{Guid.NewGuid():N}");

        var (exitCode, output, error) = await CliRun.OnSqlite(portal.ConnectionString, folder).RunAsync("search", "rebuild", "--site", Township);

        Assert.True(exitCode == 0, error);
        Assert.Contains($"] {Township} 城中街道：", output);
        Assert.Contains("完成：", output);
        using var index = new SearchIndex(folder);
        Assert.Equal(await ShownAsync(Township), index.ContentItemIds(await SiteIdAsync(Township)));
    }

    [Theory]
    [InlineData("search", "rebuild")]
    [InlineData("search", "rebuild", "--site", "431202001", "--all")]
    [InlineData("search", "rebuild", "--site", "999999")]
    [InlineData("search", "rebuild", "--site", "4312")]
    public async Task Rebuild_without_exactly_one_site_running_the_module_or_all_is_refused(params string[] args)
    {
        portal.CreateClient();
        var folder = Path.Combine(Path.GetDirectoryName(portal.SearchFolder)!, $"cli-{Guid.NewGuid():N}");

        var (exitCode, _, error) = await CliRun.OnSqlite(portal.ConnectionString, folder).RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("错误：", error);
    }

    [Fact]
    public async Task Rebuilding_while_the_web_node_holds_the_index_asks_it_to_and_it_does()
    {
        var client = portal.CreateClient();
        Assert.Contains("找到", await client.GetStringAsync($"/{Township}/search?q=公开"));
        var log = portal.Services.GetRequiredService<ContentChangeLog>();
        var before = await log.LastIdAsync();

        var (exitCode, output, _) = await CliRun.OnSqlite(portal.ConnectionString, portal.SearchFolder).RunAsync("search", "rebuild", "--all");

        Assert.Equal(0, exitCode);
        Assert.Contains("已登记重建", output);
        Assert.True(await log.LastIdAsync() > before);
        // The node reads the request at the next query and searches the rebuilt index.
        Assert.Contains("找到", await client.GetStringAsync($"/{Township}/search?q=公开"));
        Assert.Equal(await ShownAsync(Township), portal.Services.GetRequiredService<SearchIndex>().ContentItemIds(await SiteIdAsync(Township)));
    }

    [Fact]
    public async Task A_rebuild_killed_in_the_middle_is_completed_at_the_next_start_and_matches_the_database()
    {
        portal.CreateClient();
        var folder = Path.Combine(Path.GetDirectoryName(portal.SearchFolder)!, $"killed-{Guid.NewGuid():N}");
        var process = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "OrchardGov.Web.dll"), "search", "rebuild", "--all"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["OrchardGov__Database__Provider"] = "Sqlite",
                ["OrchardGov__Database__ConnectionString"] = portal.ConnectionString,
                ["OrchardGov__Search__Folder"] = folder,
            },
        })!;
        var firstSite = await process.StandardOutput.ReadLineAsync();
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        Assert.StartsWith("[1/", firstSite);

        using var restarted = new SearchIndex(folder);
        Assert.Null(restarted.Position);  // killed before the commit: the next start reads every site again
        var updater = new SearchIndexUpdater(restarted, portal.Services.GetRequiredService<ContentChangeLog>(),
            portal.Services.GetRequiredService<SearchDocumentReader>(), portal.Services.GetRequiredService<FeatureService>(),
            portal.Services.GetRequiredService<SiteRegistry>(), TimeProvider.System, NullLogger<SearchIndexUpdater>.Instance);
        await updater.CatchUpAsync();

        foreach (var code in new[] { "431202", Township, "431202002" })
        {
            Assert.Equal(await ShownAsync(code), restarted.ContentItemIds(await SiteIdAsync(code)));
        }
    }

    private async Task<int> SiteIdAsync(string code) => (await portal.Services.GetRequiredService<SiteRegistry>().GetAsync(code)).Id;

    /// <summary>What the site shows: the entries of applicable domains and the published articles of shown columns.</summary>
    private async Task<IReadOnlySet<string>> ShownAsync(string code)
    {
        var catalog = await PortalContent.CatalogAsync(portal.Services, code);
        var site = await portal.Services.GetRequiredService<SiteRegistry>().GetAsync(code);
        await using var session = portal.Services.GetRequiredService<ContentStore>().OpenSession(site.Id);
        var articles = (await session.QueryAsync(new ContentQuery { ContentType = "Article", Version = OrchardGov.ContentManagement.ContentItems.VersionOptions.Published, Take = 100_000 })).Items
            .Select(OrchardGov.Disclosure.Models.ArticleContent.Read)
            .Where(a => a.ColumnId is not null && catalog.Columns.Find(a.ColumnId) is not null && !catalog.Columns.IsHidden(a.ColumnId));
        var applicable = catalog.Domains.Where(d => !d.NotApplicable).Select(d => d.Key).ToHashSet();
        return articles.Select(a => a.ContentItemId)
            .Concat(catalog.Entries.Where(e => applicable.Contains(e.Domain)).Select(e => e.ContentItemId)).ToHashSet();
    }
}
