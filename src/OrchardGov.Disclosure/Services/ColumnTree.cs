using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services;

/// <summary>
/// A site's columns as a tree: children in order, each column's path of titles and its URL under the site.
/// A column is hidden when it or an ancestor is hidden, or when it belongs to a domain marked 未涉及.
/// </summary>
public sealed class ColumnTree
{
    private readonly Dictionary<string, Column> _byId;
    private readonly ILookup<string, Column> _children;
    private readonly HashSet<string> _notApplicableDomains;

    public ColumnTree(IEnumerable<Column> columns, IEnumerable<string> notApplicableDomains)
    {
        _byId = columns.ToDictionary(c => c.ContentItemId);
        // A column whose parent is missing is shown at the top rather than lost.
        _children = _byId.Values.ToLookup(c => c.ParentId is { } parent && _byId.ContainsKey(parent) ? parent : "");
        _notApplicableDomains = notApplicableDomains.ToHashSet(StringComparer.Ordinal);
    }

    public int Count => _byId.Count;

    public IEnumerable<Column> All => _byId.Values;

    public Column? Find(string? id) => id is not null && _byId.TryGetValue(id, out var column) ? column : null;

    public IEnumerable<Column> Roots => Children(null);

    public IEnumerable<Column> Children(string? parentId) =>
        _children[parentId ?? ""].OrderBy(c => c.Order).ThenBy(c => c.Title, StringComparer.Ordinal);

    /// <summary>The column and its ancestors, from the top.</summary>
    public IReadOnlyList<Column> Ancestry(string id)
    {
        var chain = new List<Column>();
        for (var column = Find(id); column is not null && chain.Count <= _byId.Count; column = Find(column.ParentId))
        {
            chain.Insert(0, column);
        }

        return chain;
    }

    public string PathOf(string id) => string.Join(" > ", Ancestry(id).Select(c => c.Title));

    public string UrlOf(string siteCode, string id) => $"/{siteCode}/" + string.Concat(Ancestry(id).Select(c => c.Slug + "/"));

    public bool IsHidden(string id) =>
        Ancestry(id).Any(c => c.Hidden || (c.Domain.Length > 0 && _notApplicableDomains.Contains(c.Domain)));
}
