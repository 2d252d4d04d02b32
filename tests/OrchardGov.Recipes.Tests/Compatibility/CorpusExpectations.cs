using System.Text.Json;

namespace OrchardGov.Recipes.Tests.Compatibility;

/// <summary>
/// What running one corpus recipe on a fresh site should leave, worked out from its JSON alone (no engine code):
/// the content types with their attached parts, the part definitions with their fields, the items, and the
/// steps reported as skipped. A <c>recipes</c> step runs the corpus recipe of that name (the first by file name).
/// </summary>
public sealed class CorpusExpectations
{
    private readonly IReadOnlyDictionary<string, string> _parameters;
    private readonly Dictionary<string, ExpectedItem> _items = [];

    private CorpusExpectations(IReadOnlyDictionary<string, string> parameters) => _parameters = parameters;

    /// <summary>Type name → attachment name → part definition name.</summary>
    public Dictionary<string, Dictionary<string, string>> TypeParts { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Part definition name → field name → field kind (its <c>FieldName</c>).</summary>
    public Dictionary<string, Dictionary<string, string>> PartFields { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<ExpectedItem> Items => _items.Values;

    public List<ExpectedSkip> Skipped { get; } = [];

    public static CorpusExpectations Read(string file, IReadOnlyDictionary<string, string> parameters)
    {
        var expectations = new CorpusExpectations(parameters);
        expectations.ReadRecipe(file, depth: 0);
        return expectations;
    }

    private void ReadRecipe(string file, int depth)
    {
        using var document = RecipeJson.Parse(file);
        var recipe = document.RootElement;
        var steps = RecipeJson.Array(recipe, "steps").ToList();
        for (var index = 0; index < steps.Count; index++)
        {
            var step = steps[index];
            var name = RecipeJson.Text(step, "name")!;
            switch (name.ToLowerInvariant())
            {
                case "contentdefinition": Define(step, replace: false); break;
                case "replacecontentdefinition": Define(step, replace: true); break;
                case "deletecontentdefinition": Delete(step); break;
                case "content": Import(step, file, recipe); break;
                case "recipes": RunNamed(step, file, depth); break;
                case "feature" or "settings": break;
                default: Skipped.Add(new ExpectedSkip(depth == 0 ? null : RecipeJson.Text(recipe, "name"), index, name, depth)); break;
            }
        }
    }

    // As the engine documents it: ContentDefinition adds the listed parts and fields to what exists (an existing
    // attachment keeps its part), ReplaceContentDefinition replaces, and only listed ContentParts become part definitions.
    private void Define(JsonElement step, bool replace)
    {
        foreach (var type in RecipeJson.Array(step, "ContentTypes"))
        {
            var parts = RecipeJson.Array(type, "ContentTypePartDefinitionRecords")
                .Select(p => (RecipeJson.Text(p, "Name")!, RecipeJson.Text(p, "PartName")!));
            Merge(TypeParts, RecipeJson.Text(type, "Name")!, parts, replace);
        }

        foreach (var part in RecipeJson.Array(step, "ContentParts"))
        {
            var fields = RecipeJson.Array(part, "ContentPartFieldDefinitionRecords")
                .Select(f => (RecipeJson.Text(f, "Name")!, RecipeJson.Text(f, "FieldName")!));
            Merge(PartFields, RecipeJson.Text(part, "Name")!, fields, replace);
        }
    }

    private void Delete(JsonElement step)
    {
        foreach (var type in RecipeJson.Array(step, "ContentTypes"))
        {
            TypeParts.Remove(type.GetString()!);
        }

        foreach (var part in RecipeJson.Array(step, "ContentParts"))
        {
            PartFields.Remove(part.GetString()!);
        }
    }

    private void Import(JsonElement step, string file, JsonElement recipe)
    {
        foreach (var item in RecipeJson.Array(step, "data"))
        {
            var key = ScriptedValues.ItemKey(RecipeJson.Text(item, "ContentItemId"), file, recipe);
            var displayText = ScriptedValues.Text(RecipeJson.Text(item, "DisplayText"), _parameters);
            var version = new ExpectedItem(RecipeJson.Text(item, "ContentType")!, displayText, RecipeJson.Flag(item, "Latest"), RecipeJson.Flag(item, "Published"));
            _items[key] = _items.TryGetValue(key, out var earlier) ? earlier.FollowedBy(version) : version;
        }
    }

    private void RunNamed(JsonElement step, string file, int depth)
    {
        foreach (var value in RecipeJson.Array(step, "Values"))
        {
            var name = RecipeJson.Text(value, "name")!;
            var named = Directory.GetFiles(Path.GetDirectoryName(file)!, "*.recipe.json").Order(StringComparer.Ordinal)
                .FirstOrDefault(f => string.Equals(RecipeJson.Name(f), name, StringComparison.OrdinalIgnoreCase));
            if (named is null)
            {
                Skipped.Add(new ExpectedSkip(name, 0, "recipe", depth + 1));
            }
            else
            {
                ReadRecipe(named, depth + 1);
            }
        }
    }

    private static void Merge(
        Dictionary<string, Dictionary<string, string>> definitions, string name, IEnumerable<(string Name, string Kind)> members, bool replace)
    {
        if (replace || !definitions.TryGetValue(name, out var existing))
        {
            definitions[name] = existing = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        }

        foreach (var (member, kind) in members)
        {
            existing.TryAdd(member, kind);
        }
    }
}
