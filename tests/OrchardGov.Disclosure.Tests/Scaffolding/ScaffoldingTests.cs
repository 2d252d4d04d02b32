using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Indexes;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Models;
using OrchardGov.Recipes.Models;

namespace OrchardGov.Disclosure.Tests.Scaffolding;

/// <summary>Scaffolding townships from the division codes with the standard recipes; each test uses its own county.</summary>
public abstract class ScaffoldingTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : DisclosureFixture
{
    private static readonly string[] SevenDomains = ["医疗卫生", "广播电视", "交通运输", "旅游", "统计", "新闻出版", "自然资源"];

    [SkippableFact]
    public async Task Scaffolding_a_county_builds_every_township_with_all_seven_domains_filled_and_one_column_per_proactive_entry()
    {
        fixture.SkipIfUnavailable();
        var townships = fixture.Scaffolder.TownshipsUnder("431202");
        Assert.Equal(11, townships.Count);

        foreach (var township in townships)
        {
            await fixture.Scaffolder.EnsureAncestorsAsync("431202", township);
            Assert.True((await fixture.Scaffolder.ScaffoldAsync(township.Code, "township")).Ran);
        }

        var county = await fixture.Sites.GetAsync("431202");
        foreach (var township in townships)
        {
            var site = await fixture.Sites.GetAsync(township.Code);
            Assert.Equal(county.Id, site.ParentId);
            var catalog = await fixture.CatalogAsync(site);
            Assert.Equal(SevenDomains, catalog.Domains.Select(d => d.Name));
            foreach (var domain in catalog.Domains)
            {
                Assert.NotEmpty(catalog.EntriesOf(domain.Key));
            }

            foreach (var entry in catalog.Entries)
            {
                Assert.Contains(DisclosureLevel.Township, entry.Levels);
                string[] elements = [entry.Category, entry.Item, entry.Elements, entry.LegalBasis, entry.TimeLimit, entry.ResponsibleBody,
                    entry.ResponsibleUnit, entry.ResponsiblePerson, entry.Source];
                Assert.All(elements, element => Assert.False(string.IsNullOrWhiteSpace(element), $"{entry.Item} has an empty element"));
                Assert.NotEmpty(entry.Channels);
            }

            AssertOneColumnPerProactiveEntry(catalog);
        }
    }

    [SkippableFact]
    public async Task Scaffolding_again_changes_nothing_and_says_so()
    {
        fixture.SkipIfUnavailable();
        var first = await fixture.Scaffolder.ScaffoldAsync("431221100", "township");
        var before = await CountRowsAsync();

        var again = await fixture.Scaffolder.ScaffoldAsync("431221100", "township");

        Assert.True(first.Ran);
        Assert.False(again.Changed);
        Assert.Equal(before, await CountRowsAsync());
    }

    [SkippableFact]
    public async Task A_run_stopped_half_way_is_completed_by_running_it_again_without_duplicates()
    {
        fixture.SkipIfUnavailable();
        var townships = fixture.Scaffolder.TownshipsUnder("431227");
        using var stop = new CancellationTokenSource();
        var done = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            foreach (var township in townships)
            {
                await fixture.Scaffolder.EnsureAncestorsAsync("431227", township, stop.Token);
                await fixture.Scaffolder.ScaffoldAsync(township.Code, "township", stop.Token);
                if (++done == 3)
                {
                    await stop.CancelAsync();
                }
            }
        });

        var outcomes = new List<bool>();
        foreach (var township in townships)
        {
            await fixture.Scaffolder.EnsureAncestorsAsync("431227", township);
            outcomes.Add((await fixture.Scaffolder.ScaffoldAsync(township.Code, "township")).Ran);
        }

        Assert.Equal(townships.Count - 3, outcomes.Count(ran => ran));
        var entryCounts = new List<int>();
        foreach (var township in townships)
        {
            var catalog = await fixture.CatalogAsync(await fixture.Sites.GetAsync(township.Code), VersionOptions.Latest);
            entryCounts.Add(catalog.Entries.Count);
            Assert.Equal(catalog.Entries.Count, catalog.Entries.Select(e => e.Key).Distinct().Count());
            AssertOneColumnPerProactiveEntry(catalog);
        }

        Assert.Single(entryCounts.Distinct());
    }

    [SkippableFact]
    public async Task The_county_recipe_gives_a_county_its_county_level_catalog()
    {
        fixture.SkipIfUnavailable();
        var outcome = await fixture.Scaffolder.ScaffoldAsync("431222", "county");

        var catalog = await fixture.CatalogAsync(outcome.Site);
        Assert.Equal(SevenDomains, catalog.Domains.Select(d => d.Name));
        Assert.All(catalog.Entries, e => Assert.Contains(DisclosureLevel.County, e.Levels));
        Assert.All(catalog.Domains, d => Assert.NotEmpty(catalog.EntriesOf(d.Key)));
        AssertOneColumnPerProactiveEntry(catalog);
    }

    [SkippableFact]
    public async Task The_township_recipe_on_a_county_is_refused_and_leaves_the_county_untouched()
    {
        fixture.SkipIfUnavailable();
        var error = await Assert.ThrowsAsync<RecipeException>(() => fixture.Scaffolder.ScaffoldAsync("431223", "township"));

        Assert.Contains("is for Township sites; 431223 辰溪县 is a County site", error.Message);
        var county = await fixture.Sites.GetAsync("431223");
        Assert.Empty((await fixture.CatalogAsync(county, VersionOptions.Latest)).Entries);
    }

    [SkippableFact]
    public async Task Unknown_codes_and_recipes_are_refused_with_a_reason()
    {
        fixture.SkipIfUnavailable();
        Assert.Contains("'999999' is not a statistical division code", Assert.Throws<UserInputException>(() => fixture.Scaffolder.TownshipsUnder("999999")).Message);
        Assert.Contains("is itself a township", Assert.Throws<UserInputException>(() => fixture.Scaffolder.TownshipsUnder("431202001")).Message);
        var unknownRecipe = await Assert.ThrowsAsync<UserInputException>(() => fixture.Scaffolder.ScaffoldAsync("431224100", "village"));
        Assert.Contains("no recipe named 'village'", unknownRecipe.Message);
        Assert.Null(await fixture.Sites.FindAsync("431224100"));
    }

    private static void AssertOneColumnPerProactiveEntry(OrchardGov.Disclosure.Services.SiteCatalog catalog)
    {
        foreach (var entry in catalog.Entries)
        {
            if (entry.IsProactive)
            {
                Assert.NotNull(catalog.Columns.Find(entry.ColumnId));
            }
            else
            {
                Assert.Null(entry.ColumnId);
            }
        }

        var bound = catalog.Entries.Where(e => e.ColumnId is not null).Select(e => e.ColumnId).ToList();
        Assert.Equal(bound.Count, bound.Distinct().Count());
    }

    private async Task<(int Documents, int Index)> CountRowsAsync()
    {
        await using var db = fixture.Contexts.Create();
        return (await db.Documents.IgnoreQueryFilters().CountAsync(), await db.Set<ContentItemIndex>().IgnoreQueryFilters().CountAsync());
    }
}

public sealed class SqliteScaffoldingTests(SqliteDisclosureFixture fixture) : ScaffoldingTests<SqliteDisclosureFixture>(fixture);

public sealed class PostgresScaffoldingTests(PostgresDisclosureFixture fixture) : ScaffoldingTests<PostgresDisclosureFixture>(fixture);
