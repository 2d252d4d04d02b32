using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;

namespace OrchardGov.Disclosure.Recipes;

/// <summary>
/// Builds the standard recipes from the catalog data: per domain a township and a county catalog, and the
/// <c>township</c> / <c>county</c> site recipes that enable the module, add the standard columns and run the
/// seven domain recipes. Every item has a fixed id and version, so a recipe run again changes nothing.
/// </summary>
public static class StandardRecipes
{
    public static readonly IReadOnlyList<DisclosureLevel> Levels = [DisclosureLevel.Township, DisclosureLevel.County];

    public static string SiteRecipeName(DisclosureLevel level) => level == DisclosureLevel.Township ? "township" : "county";

    public static string DomainRecipeName(string domainKey, DisclosureLevel level) => $"catalog-{domainKey}-{SiteRecipeName(level)}";

    /// <summary>Every standard recipe by its file path relative to the recipes folder.</summary>
    public static IReadOnlyDictionary<string, JsonObject> Build(string dataFolder)
    {
        var domains = StandardCatalogData.ReadDomains(dataFolder);
        var recipes = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var level in Levels)
        {
            recipes[$"{SiteRecipeName(level)}.recipe.json"] = SiteRecipe(level, domains);
            foreach (var domain in domains)
            {
                var rows = StandardCatalogData.ReadRows(dataFolder, domain.Key);
                recipes[$"catalogs/{DomainRecipeName(domain.Key, level)}.recipe.json"] = DomainRecipe(domain, rows, level);
            }
        }

        return recipes;
    }

    /// <summary>The recipe as it is written to its file: indented, Chinese text as it is, one final newline.</summary>
    public static string Render(JsonObject recipe) => recipe.ToJsonString(FileOptions).ReplaceLineEndings("\n") + "\n";

    private static readonly JsonSerializerOptions FileOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject SiteRecipe(DisclosureLevel level, IReadOnlyList<Domain> domains)
    {
        var levelName = level == DisclosureLevel.Township ? "乡镇（街道）" : "县（市、区）";
        return Recipe(SiteRecipeName(level), $"{levelName}政务公开站点",
            $"启用政务公开模块，建立政府信息公开栏目树、工作动态与通知公告栏目，并导入{string.Join("、", domains.Select(d => d.Name))}"
            + $"{domains.Count}个领域的{ChineseLabels.Of(level)}政务公开事项标准目录及其栏目。",
            level,
            [
                Content(StandardColumns.All.Select(ColumnContent.ToContentItem)),
                new JsonObject
                {
                    ["name"] = "recipes",
                    ["Values"] = new JsonArray(domains.Select(d => (JsonNode?)new JsonObject
                    {
                        ["executionid"] = SiteRecipeName(level), ["name"] = DomainRecipeName(d.Key, level),
                    }).ToArray()),
                },
            ]);
    }

    private static JsonObject DomainRecipe(Domain domain, IReadOnlyList<StandardRow> rows, DisclosureLevel level)
    {
        var entries = rows.Where(r => r.Levels.Contains(level)).Select((row, i) => row.ForLevel(domain.Key, level, i + 1)).ToList();
        var plan = CatalogColumnPlanner.Plan(domain with { ContentItemId = StableIds.Domain(domain.Key) }, entries, StandardColumns.All);
        var items = new[] { DomainContent.ToContentItem(plan.Domain) }
            .Concat(plan.AddedColumns.Select(ColumnContent.ToContentItem))
            .Concat(plan.Entries.Select(CatalogEntryContent.ToContentItem));
        return Recipe(DomainRecipeName(domain.Key, level), $"{domain.Name}领域政务公开事项标准目录（{ChineseLabels.Of(level)}）",
            $"{domain.Name}领域{ChineseLabels.Of(level)}公开事项 {entries.Count} 项（主动公开 {entries.Count(e => e.IsProactive)} 项，各有其栏目）；"
            + "每项注明来源。",
            level, [Content(items)]);
    }

    private static JsonObject Recipe(string name, string displayName, string description, DisclosureLevel level, JsonArray steps)
    {
        steps.Insert(0, new JsonObject { ["name"] = "feature", ["enable"] = new JsonArray(Manifest.Disclosure.Id) });
        return new JsonObject
        {
            ["name"] = name,
            ["displayName"] = displayName,
            ["description"] = description,
            ["author"] = "OrchardGov",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray("OrchardGov", "政务公开"),
            ["tags"] = new JsonArray(ChineseLabels.Of(level)),
            ["siteLevels"] = new JsonArray((level == DisclosureLevel.Township ? SiteLevel.Township : SiteLevel.County).ToString()),
            ["steps"] = steps,
        };
    }

    private static JsonObject Content(IEnumerable<ContentItem> items) => new()
    {
        ["name"] = "content",
        ["data"] = new JsonArray(items.Select(item =>
        {
            item.ContentItemVersionId = StableIds.RecipeVersion(item.ContentItemId);
            item.Latest = true;
            item.Published = true;
            return JsonNode.Parse(ContentItemJson.Serialize(item));
        }).ToArray()),
    };
}
