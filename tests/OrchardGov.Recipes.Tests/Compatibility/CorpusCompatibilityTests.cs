using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Recipes.Models;

namespace OrchardGov.Recipes.Tests.Compatibility;

/// <summary>
/// Every recipe of the Orchard Core compatibility corpus runs on a fresh site and leaves what its JSON describes
/// (worked out by <see cref="CorpusExpectations"/>); the steps this host does not carry out are reported.
/// </summary>
public abstract class CorpusCompatibilityTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : RecipeFixture
{
    private static readonly Dictionary<string, string> Parameters = new()
    {
        ["AdminUserId"] = "4admin000000000000000000000",
        ["AdminUsername"] = "admin",
        ["SiteName"] = "青石镇人民政府",
    };

    public static TheoryData<string> Recipes => new(CorpusFiles.Names);

    [SkippableTheory]
    [MemberData(nameof(Recipes))]
    public async Task The_recipe_defines_the_content_types_parts_and_fields_its_JSON_describes(string fileName)
    {
        var (site, _, expected) = await RunAsync(fileName);

        await using var session = fixture.Store.OpenSession(site.Id);
        var definition = await session.Definitions.GetAsync();
        Assert.Equal(Sorted(expected.TypeParts.Keys), Sorted(definition.ContentTypes.Select(t => t.Name)));
        Assert.Equal(Lines(expected.TypeParts),
            Sorted(definition.ContentTypes.SelectMany(t => t.ContentTypePartDefinitionRecords.Select(p => $"{t.Name}.{p.Name}: {p.PartName}"))));
        Assert.Equal(Sorted(expected.PartFields.Keys), Sorted(definition.ContentParts.Select(p => p.Name)));
        Assert.Equal(Lines(expected.PartFields),
            Sorted(definition.ContentParts.SelectMany(p => p.ContentPartFieldDefinitionRecords.Select(f => $"{p.Name}.{f.Name}: {f.FieldName}"))));
    }

    [SkippableTheory]
    [MemberData(nameof(Recipes))]
    public async Task The_recipe_imports_each_item_of_its_JSON_once_with_its_type_and_display_text(string fileName)
    {
        var (site, _, expected) = await RunAsync(fileName);

        await using var session = fixture.Store.OpenSession(site.Id);
        var latest = await session.QueryAsync(new ContentQuery { Version = VersionOptions.Latest, Take = 1000 });
        var published = await session.QueryAsync(new ContentQuery { Version = VersionOptions.Published, Take = 1 });
        var expectedLatest = expected.Items.Where(i => i.Latest).ToList();
        Assert.Equal(expectedLatest.Count, latest.TotalCount);
        Assert.Equal(expected.Items.Count(i => i.Published), published.TotalCount);
        Assert.Equal(Sorted(expectedLatest.Select(i => i.ContentType)), Sorted(latest.Items.Select(i => i.ContentType)));
        var shown = latest.Items.Select(i => (i.ContentType, i.DisplayText)).ToList();
        Assert.All(expectedLatest.Where(i => i.DisplayText is not null), item => Assert.Contains((item.ContentType, item.DisplayText), shown));
    }

    [SkippableTheory]
    [MemberData(nameof(Recipes))]
    public async Task The_report_lists_the_steps_this_host_skips_with_those_of_the_recipes_it_runs(string fileName)
    {
        var (_, report, expected) = await RunAsync(fileName);

        Assert.Equal(expected.Skipped, report.Skipped.Select(s => new ExpectedSkip(s.Depth == 0 ? null : s.Recipe, s.Index, s.Name, s.Depth)));
    }

    private async Task<(Site Site, RecipeRunReport Report, CorpusExpectations Expected)> RunAsync(string fileName)
    {
        var file = CorpusFiles.PathOf(fileName);
        var site = await fixture.NewSiteAsync();
        return (site, await fixture.RunAsync(file, site, Parameters), CorpusExpectations.Read(file, Parameters));
    }

    private static List<string> Sorted(IEnumerable<string> lines) => lines.Order(StringComparer.Ordinal).ToList();

    private static List<string> Lines(Dictionary<string, Dictionary<string, string>> definitions) =>
        Sorted(definitions.SelectMany(d => d.Value.Select(member => $"{d.Key}.{member.Key}: {member.Value}")));
}

public sealed class SqliteCorpusCompatibilityTests(SqliteRecipeFixture fixture) : CorpusCompatibilityTests<SqliteRecipeFixture>(fixture);

public sealed class PostgresCorpusCompatibilityTests(PostgresRecipeFixture fixture) : CorpusCompatibilityTests<PostgresRecipeFixture>(fixture);
