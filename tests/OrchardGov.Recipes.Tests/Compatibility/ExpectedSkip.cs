namespace OrchardGov.Recipes.Tests.Compatibility;

/// <summary>
/// A step the run should report as skipped. <see cref="Recipe"/> is null for the recipe under test and names
/// the nested recipe otherwise; a nested recipe that cannot be found is one skipped step named "recipe".
/// </summary>
public sealed record ExpectedSkip(string? Recipe, int Index, string Name, int Depth);
