using OrchardGov.ContentManagement.ContentItems;

namespace OrchardGov.ContentManagement.Contents;

/// <summary>A page of a site's content items, newest change first unless <see cref="OldestFirst"/>.</summary>
public sealed record ContentQuery
{
    /// <summary>Only items of this type; all types when null.</summary>
    public string? ContentType { get; init; }

    public VersionOptions Version { get; init; } = VersionOptions.Published;
    public bool OldestFirst { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 20;
}
