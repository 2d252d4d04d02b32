using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Recipes;

namespace OrchardGov.Disclosure.Tests.Recipes;

public sealed class StandardRecipesTests
{
    private static readonly string DataFolder = Path.Combine(DisclosureFixture.RecipesFolder, "catalogs", "data");
    private static readonly IReadOnlyList<Domain> Domains = StandardCatalogData.ReadDomains(DataFolder);

    public static TheoryData<string> DomainKeys => new(Domains.Select(d => d.Key));

    [Fact]
    public void The_recipes_in_the_repository_are_exactly_what_the_catalog_data_builds()
    {
        foreach (var (relativePath, recipe) in StandardRecipes.Build(DataFolder))
        {
            var file = Path.Combine(DisclosureFixture.RecipesFolder, relativePath);
            Assert.True(File.Exists(file), $"{relativePath} is missing: run 'dotnet run --project tools/OrchardGov.StandardRecipes'.");
            Assert.True(StandardRecipes.Render(recipe) == File.ReadAllText(file),
                $"{relativePath} differs from the catalog data: run 'dotnet run --project tools/OrchardGov.StandardRecipes'.");
        }
    }

    [Fact]
    public void The_seven_domains_of_the_huaihua_notice_are_shipped_in_its_order()
    {
        Assert.Equal(["医疗卫生", "广播电视", "交通运输", "旅游", "统计", "新闻出版", "自然资源"], Domains.Select(d => d.Name));
    }

    [Theory]
    [MemberData(nameof(DomainKeys))]
    public void Every_domain_has_a_real_county_and_township_catalog_with_a_source_on_every_row(string key)
    {
        var rows = StandardCatalogData.ReadRows(DataFolder, key);
        Assert.True(rows.Count(r => r.Levels.Contains(DisclosureLevel.County)) >= 10, $"{key}: too few county rows");
        Assert.True(rows.Count(r => r.Levels.Contains(DisclosureLevel.Township)) >= 5, $"{key}: too few township rows");
        Assert.Contains(rows, r => r.Method == DisclosureMethod.Proactive && r.Levels.Contains(DisclosureLevel.Township));
        string[] placeholders = ["…", "...", "略", "待补充", "truncated", "not shown", "XX", "××"];
        foreach (var row in rows)
        {
            var cells = new[] { row.Category, row.Item, row.Elements, row.LegalBasis, row.TimeLimit, row.Source };
            Assert.All(cells, cell => Assert.DoesNotContain(placeholders, p => cell.Contains(p, StringComparison.Ordinal)));
        }
    }

    [Theory]
    [MemberData(nameof(DomainKeys))]
    public void A_township_catalog_holds_only_items_disclosed_at_township_level_with_the_townships_body_and_unit(string key)
    {
        var rows = StandardCatalogData.ReadRows(DataFolder, key);
        var township = rows.Where(r => r.Levels.Contains(DisclosureLevel.Township)).ToList();
        var entries = township.Select((row, i) => row.ForLevel(key, DisclosureLevel.Township, i + 1)).ToList();

        Assert.All(entries, e => Assert.Contains(DisclosureLevel.Township, e.Levels));
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.ResponsibleBody) || string.IsNullOrWhiteSpace(e.ResponsibleUnit)));
        Assert.Equal(township.Select(r => r.TownshipBody), entries.Select(e => e.ResponsibleBody));
    }

    [Fact]
    public void A_data_row_with_a_wrong_method_a_foreign_channel_or_a_missing_body_is_reported_with_its_line()
    {
        var folder = Directory.CreateTempSubdirectory("catalog-data-").FullName;
        try
        {
            var header = string.Join('\t', StandardCatalogData.Header);
            File.WriteAllLines(Path.Combine(folder, "x.tsv"),
            [
                header,
                "政策文件\t规范性文件\t文件\t《条例》\t20个工作日内\t县局\t\t政府网站\t全社会\t主动\t\t县级\t办公室\t\t来源",
                "政策文件\t解读\t解读\t《条例》\t20个工作日内\t县局\t\t政府网站、微博\t全社会\t自愿\t\t县级\t办公室\t\t来源",
                "公共服务\t预防接种\t服务\t《条例》\t20个工作日内\t\t\t政府网站\t全社会\t主动\t\t乡级\t\t\t来源",
            ]);

            var error = Assert.Throws<OrchardGov.ContentManagement.UserInputException>(() => StandardCatalogData.ReadRows(folder, "x"));
            Assert.Contains("line 3: method '自愿'", error.Message);
            Assert.Contains("line 3: channel '微博'", error.Message);
            Assert.Contains("line 4: township_body and township_unit", error.Message);
            Assert.DoesNotContain("line 2", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
