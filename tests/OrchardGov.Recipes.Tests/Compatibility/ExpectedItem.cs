namespace OrchardGov.Recipes.Tests.Compatibility;

/// <summary>
/// A content item a recipe should leave. <see cref="DisplayText"/> is null when the JSON computes it with a
/// script the expectations cannot evaluate.
/// </summary>
public sealed record ExpectedItem(string ContentType, string? DisplayText, bool Latest, bool Published)
{
    /// <summary>
    /// The item once a later version of it is imported: it shows the later version, and it has a latest (or a
    /// published) version when either version is latest (or published).
    /// </summary>
    public ExpectedItem FollowedBy(ExpectedItem later) =>
        later with { Latest = Latest || later.Latest, Published = Published || later.Published };
}
