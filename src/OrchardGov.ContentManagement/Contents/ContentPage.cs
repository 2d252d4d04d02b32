using OrchardGov.ContentManagement.ContentItems;

namespace OrchardGov.ContentManagement.Contents;

/// <summary>One page of query results and how many items match in all.</summary>
public sealed record ContentPage(IReadOnlyList<ContentItem> Items, int TotalCount);
