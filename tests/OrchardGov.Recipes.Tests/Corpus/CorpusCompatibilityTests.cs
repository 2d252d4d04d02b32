using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;

namespace OrchardGov.Recipes.Tests.Corpus;

/// <summary>
/// Every Orchard Core recipe of the compatibility corpus (Data/OrchardCoreRecipes, see its SOURCES.md) runs on a
/// fresh site and imports what its JSON describes; the steps this host does not carry out are listed.
/// </summary>
public abstract class CorpusCompatibilityTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : RecipeFixture
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Data", "OrchardCoreRecipes");

    public static TheoryData<string> Files => new(Directory.GetFiles(Folder, "*.recipe.json").Select(Path.GetFileName).Order()!);

    private static readonly Dictionary<string, string> Parameters = new()
    {
        ["AdminUserId"] = "4adminuserid000000000000000",
        ["AdminUsername"] = "admin",
        ["SiteName"] = "城中街道",
    };

    [Fact]
    public void The_corpus_holds_all_19_recipes()
    {
        Assert.Equal(19, Directory.GetFiles(Folder, "*.recipe.json").Length);
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public async Task The_recipe_imports_the_types_parts_fields_and_items_its_JSON_describes(string fileName)
    {
        var file = Path.Combine(Folder, fileName);
        var expected = CorpusExpectation.Of(file);
        var site = await fixture.NewSiteAsync();

        var report = await fixture.RunAsync(file, site, Parameters);

        await using var session = fixture.Store.OpenSession(site.Id);
        var definition = await session.Definitions.GetAsync();
        Assert.Equal(expected.TypeParts, new SortedDictionary<string, SortedSet<string>>(
            definition.ContentTypes.ToDictionary(t => t.Name, t => new SortedSet<string>(t.ContentTypePartDefinitionRecords.Select(p => p.Name), StringComparer.OrdinalIgnoreCase)),
            StringComparer.OrdinalIgnoreCase));
        Assert.Equal(expected.PartFields, new SortedDictionary<string, SortedSet<string>>(
            definition.ContentParts.ToDictionary(p => p.Name, p => new SortedSet<string>(p.ContentPartFieldDefinitionRecords.Select(f => $"{f.Name}:{f.FieldName}"), StringComparer.OrdinalIgnoreCase)),
            StringComparer.OrdinalIgnoreCase));
        Assert.Equal(expected.Items, (await session.QueryAsync(new ContentQuery { Version = VersionOptions.Latest, Take = 1 })).TotalCount);
        Assert.Equal(expected.Skipped, report.Skipped.Select(s => $"{s.Depth}:{s.Recipe}[{s.Index}] {s.Name}"));
    }
}

public sealed class SqliteCorpusCompatibilityTests(SqliteRecipeFixture fixture) : CorpusCompatibilityTests<SqliteRecipeFixture>(fixture);

public sealed class PostgresCorpusCompatibilityTests(PostgresRecipeFixture fixture) : CorpusCompatibilityTests<PostgresRecipeFixture>(fixture);
