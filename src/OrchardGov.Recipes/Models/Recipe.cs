using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Recipes.Models;

/// <summary>An Orchard Core recipe read from a <c>*.recipe.json</c> file: its description, variables and steps.</summary>
public sealed record Recipe
{
    public required string FilePath { get; init; }
    public required string Name { get; init; }
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? Author { get; init; }
    public string? Website { get; init; }
    public string? Version { get; init; }
    public bool IsSetupRecipe { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>
    /// The site levels the recipe is written for (<c>"siteLevels": ["Township"]</c>, an OrchardGov addition that
    /// Orchard Core ignores); empty when it suits any site.
    /// </summary>
    public IReadOnlyList<SiteLevel> SiteLevels { get; init; } = [];

    public JsonObject Variables { get; init; } = [];
    public JsonArray Steps { get; init; } = [];

    public string Folder => Path.GetDirectoryName(Path.GetFullPath(FilePath))!;
}
