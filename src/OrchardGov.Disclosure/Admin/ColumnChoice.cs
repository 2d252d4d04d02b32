using OrchardGov.Disclosure.Services;

namespace OrchardGov.Disclosure.Admin;

/// <summary>A column offered in a select, shown by its whole path so that two columns with one title stay apart.</summary>
public sealed record ColumnChoice(string Id, string Path, int Depth)
{
    /// <summary>Every column of the tree, parents before their children, in the tree's order.</summary>
    public static IReadOnlyList<ColumnChoice> AllOf(ColumnTree tree)
    {
        var choices = new List<ColumnChoice>();
        void Walk(string? parentId, int depth)
        {
            foreach (var column in tree.Children(parentId))
            {
                choices.Add(new ColumnChoice(column.ContentItemId, tree.PathOf(column.ContentItemId), depth));
                Walk(column.ContentItemId, depth + 1);
            }
        }

        Walk(null, 0);
        return choices;
    }
}
