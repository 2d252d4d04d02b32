using System.Text.Json;
using System.Text.RegularExpressions;

namespace OrchardGov.Recipes.Tests.Compatibility;

/// <summary>The few recipe scripts whose outcome the expectations need: which item an id names, and a display text.</summary>
public static partial class ScriptedValues
{
    /// <summary>
    /// A key that is the same for two occurrences exactly when they name the same item: uuid() or no id makes a
    /// new item each time; variables('x') is one value throughout its recipe (variables are evaluated once);
    /// a literal id is the same item in every recipe of the run.
    /// </summary>
    public static string ItemKey(string? id, string recipeFile, JsonElement recipe)
    {
        if (string.IsNullOrEmpty(id) || Uuid().IsMatch(id))
        {
            return Guid.NewGuid().ToString("N");
        }

        if (Variable().Match(id) is { Success: true } variable)
        {
            var name = variable.Groups["name"].Value;
            var value = RecipeJson.Property(recipe, "variables") is { } variables ? RecipeJson.Text(variables, name) : null;
            return value is null || Script().IsMatch(value) ? $"{recipeFile}#{name}" : value;
        }

        return Script().IsMatch(id)
            ? throw new NotSupportedException($"{recipeFile}: cannot tell which item the id {id} names; teach {nameof(ScriptedValues)} this script.")
            : id;
    }

    /// <summary>A literal text as it is, parameters('x') as the parameter given to the run, null for any other script.</summary>
    public static string? Text(string? value, IReadOnlyDictionary<string, string> parameters) =>
        value is null ? null
        : Parameter().Match(value) is { Success: true } parameter ? parameters[parameter.Groups["name"].Value]
        : Script().IsMatch(value) ? null
        : value;

    [GeneratedRegex(@"^\[(js|file)\s*:.*\]$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    [GeneratedRegex(@"^\[js:\s*uuid\(\)\s*\]$")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"^\[js:\s*variables\(\s*'(?<name>[^']+)'\s*\)\s*\]$")]
    private static partial Regex Variable();

    [GeneratedRegex(@"^\[js:\s*parameters\(\s*'(?<name>[^']+)'\s*\)\s*\]$")]
    private static partial Regex Parameter();
}
