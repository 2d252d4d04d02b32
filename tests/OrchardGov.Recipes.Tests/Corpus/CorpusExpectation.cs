using System.Text.Json;
using System.Text.RegularExpressions;

namespace OrchardGov.Recipes.Tests.Corpus;

/// <summary>
/// What importing a corpus recipe should produce, worked out from its JSON alone (no engine code): the content
/// types with their parts, the part definitions with their fields, the number of content items, and the steps
/// that have no handler here. Definition steps follow the engine's documented rules: ContentDefinition adds
/// (listed parts and fields join the existing ones), ReplaceContentDefinition replaces, DeleteContentDefinition removes.
/// </summary>
public sealed partial record CorpusExpectation(
    SortedDictionary<string, SortedSet<string>> TypeParts,
    SortedDictionary<string, SortedSet<string>> PartFields,
    int Items,
    List<string> Skipped)
{
    private static readonly HashSet<string> Handled = new(StringComparer.OrdinalIgnoreCase)
        { "feature", "ContentDefinition", "ReplaceContentDefinition", "DeleteContentDefinition", "content", "settings", "recipes" };

    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static CorpusExpectation Of(string file)
    {
        var expectation = new CorpusExpectation(new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase), 0, []);
        var itemKeys = new HashSet<string>();
        expectation.Read(file, depth: 0, itemKeys);
        return expectation with { Items = itemKeys.Count };
    }

    private void Read(string file, int depth, HashSet<string> itemKeys)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file), Lenient);
        // A recipe without a name is known by its file name.
        var recipeName = Property(document.RootElement, "name")?.GetString() is { Length: > 0 } name
            ? name
            : Path.GetFileName(file).Replace(".recipe.json", "", StringComparison.OrdinalIgnoreCase);
        var steps = Property(document.RootElement, "steps")?.EnumerateArray().ToList() ?? [];
        for (var index = 0; index < steps.Count; index++)
        {
            var step = steps[index];
            var stepName = Property(step, "name")!.Value.GetString()!;
            if (!Handled.Contains(stepName))
            {
                Skipped.Add($"{depth}:{recipeName}[{index}] {stepName}");
                continue;
            }

            switch (stepName.ToLowerInvariant())
            {
                case "contentdefinition": Define(step, replace: false); break;
                case "replacecontentdefinition": Define(step, replace: true); break;
                case "deletecontentdefinition": Delete(step); break;
                case "content": Collect(step, itemKeys); break;
                case "recipes": RunNested(step, Path.GetDirectoryName(file)!, depth, itemKeys); break;
            }
        }
    }

    private void Define(JsonElement step, bool replace)
    {
        foreach (var type in Array(step, "ContentTypes"))
        {
            var parts = Array(type, "ContentTypePartDefinitionRecords").Select(p => Property(p, "Name")!.Value.GetString()!);
            Merge(TypeParts, Property(type, "Name")!.Value.GetString()!, parts, replace);
        }

        foreach (var part in Array(step, "ContentParts"))
        {
            var fields = Array(part, "ContentPartFieldDefinitionRecords")
                .Select(f => $"{Property(f, "Name")!.Value.GetString()}:{Property(f, "FieldName")!.Value.GetString()}");
            Merge(PartFields, Property(part, "Name")!.Value.GetString()!, fields, replace);
        }
    }

    private void Delete(JsonElement step)
    {
        foreach (var type in Array(step, "ContentTypes"))
        {
            TypeParts.Remove(type.GetString()!);
        }

        foreach (var part in Array(step, "ContentParts"))
        {
            PartFields.Remove(part.GetString()!);
        }
    }

    // A literal id names one item however often it appears; uuid() makes a new item each time it is written;
    // variables('x') is the same item wherever it is used.
    private static void Collect(JsonElement step, HashSet<string> itemKeys)
    {
        foreach (var item in Array(step, "data"))
        {
            var id = Property(item, "ContentItemId")?.GetString();
            itemKeys.Add(id is null || UuidScript().IsMatch(id) ? Guid.NewGuid().ToString()
                : VariableScript().Match(id) is { Success: true } variable ? "variable:" + variable.Groups[1].Value
                : id);
        }
    }

    private void RunNested(JsonElement step, string folder, int depth, HashSet<string> itemKeys)
    {
        foreach (var value in Array(step, "Values"))
        {
            var name = Property(value, "name")!.Value.GetString()!;
            // Two recipes may share a name (Orchard Core 2 and 3 versions of Blog.Lucene.Search): the first file by name runs.
            var file = Directory.GetFiles(folder, "*.recipe.json").Order(StringComparer.Ordinal).FirstOrDefault(f =>
                string.Equals(Property(JsonDocument.Parse(File.ReadAllText(f), Lenient).RootElement, "name")?.GetString(), name, StringComparison.OrdinalIgnoreCase));
            if (file is null)
            {
                Skipped.Add($"{depth + 1}:{name}[0] recipe");
            }
            else
            {
                Read(file, depth + 1, itemKeys);
            }
        }
    }

    private static void Merge(SortedDictionary<string, SortedSet<string>> map, string key, IEnumerable<string> values, bool replace)
    {
        if (replace || !map.TryGetValue(key, out var existing))
        {
            map[key] = existing = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        existing.UnionWith(values);
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().Where(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).FirstOrDefault()
            : null;

    [GeneratedRegex(@"^\[js:\s*uuid\(\)\s*\]$")]
    private static partial Regex UuidScript();

    [GeneratedRegex(@"^\[js:\s*variables\('([^']+)'\)\s*\]$")]
    private static partial Regex VariableScript();
}
