using System.Text.RegularExpressions;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Editing;

/// <summary>
/// Changes to a site's column tree, public at once: add, rename, move, hide or show, remove. A column that
/// serves a catalog entry cannot be removed until the entry is bound to another column.
/// </summary>
public sealed partial class ColumnEditor(CatalogReader reader, AuditTrail audit)
{
    public async Task<Column> AddAsync(ContentSession session, Column input)
    {
        var tree = (await reader.ReadAsync(session, VersionOptions.Latest)).Columns;
        var column = input with
        {
            Title = input.Title.Trim(),
            Slug = input.Slug.Trim().ToLowerInvariant(),
            Order = tree.Children(input.ParentId).Select(c => c.Order).DefaultIfEmpty(0).Max() + 1,
            Domain = input.Domain.Length > 0 ? input.Domain : tree.Find(input.ParentId)?.Domain ?? "",
        };
        Check(column, tree, null);
        var item = ContentSession.New(DisclosureTypes.Column);
        ColumnContent.Write(column, item);
        session.Create(item, publish: true);
        column = column with { ContentItemId = item.ContentItemId };
        audit.Record(session, new AuditRecord("column.create", item.ContentItemId, $"栏目 {column.Title}", After: column));
        return column;
    }

    public async Task<Column> RenameAsync(ContentSession session, string columnId, string title) =>
        await ChangeAsync(session, columnId, "column.rename", column => column with { Title = title.Trim() });

    public async Task<Column> SetHiddenAsync(ContentSession session, string columnId, bool hidden) =>
        await ChangeAsync(session, columnId, hidden ? "column.hide" : "column.show", column => column with { Hidden = hidden });

    /// <summary>Moves the column under another parent (null: the top level), after its last child.</summary>
    public async Task<Column> MoveAsync(ContentSession session, string columnId, string? parentId)
    {
        var tree = (await reader.ReadAsync(session, VersionOptions.Latest)).Columns;
        if (parentId is not null && tree.Ancestry(parentId).Any(c => c.ContentItemId == columnId))
        {
            throw new UserInputException("不能把栏目移到它自己或它的下级栏目之下。");
        }

        var order = tree.Children(parentId).Select(c => c.Order).DefaultIfEmpty(0).Max() + 1;
        return await ChangeAsync(session, columnId, "column.move", column => column with { ParentId = parentId, Order = order });
    }

    public async Task RemoveAsync(ContentSession session, string columnId)
    {
        var catalog = await reader.ReadAsync(session, VersionOptions.Latest);
        var column = catalog.Columns.Find(columnId) ?? throw NoSuchColumn(columnId);
        if (catalog.Columns.Children(columnId).Any())
        {
            throw new UserInputException($"栏目“{column.Title}”下还有子栏目，请先移走或删除它们。");
        }

        if (catalog.Entries.FirstOrDefault(e => e.ColumnId == columnId) is { } entry)
        {
            throw new UserInputException(
                $"栏目“{column.Title}”对应公开事项“{entry.Category} / {entry.Item}”，请先在目录中把该事项改到其他栏目，再删除本栏目。");
        }

        if (catalog.Domains.FirstOrDefault(d => d.ColumnId == columnId) is { } domain)
        {
            throw new UserInputException($"栏目“{column.Title}”是领域“{domain.Name}”的栏目，不能删除；不涉及该领域时请在目录中标记未涉及。");
        }

        await session.RemoveAsync(columnId);
        audit.Record(session, new AuditRecord("column.remove", columnId, $"栏目 {column.Title}", Before: column));
    }

    /// <summary>A URL segment for a new column: ASCII letters and digits kept, otherwise a short unique one.</summary>
    public static string SlugFor(string title)
    {
        var ascii = NonSlug().Replace(title.ToLowerInvariant(), "-").Trim('-');
        return ascii.Length >= 2 ? ascii : "c" + Guid.NewGuid().ToString("N")[..8];
    }

    private async Task<Column> ChangeAsync(ContentSession session, string columnId, string action, Func<Column, Column> change)
    {
        var tree = (await reader.ReadAsync(session, VersionOptions.Latest)).Columns;
        var before = tree.Find(columnId) ?? throw NoSuchColumn(columnId);
        var after = change(before);
        Check(after, tree, columnId);
        var draft = await session.GetOrCreateDraftAsync(columnId);
        ColumnContent.Write(after, draft);
        session.Update(draft);
        await session.PublishAsync(draft);
        audit.Record(session, new AuditRecord(action, columnId, $"栏目 {after.Title}", before, after));
        return after;
    }

    private static void Check(Column column, Services.ColumnTree tree, string? ownId)
    {
        if (string.IsNullOrWhiteSpace(column.Title))
        {
            throw new UserInputException("请填写栏目名称。");
        }

        if (!SlugPattern().IsMatch(column.Slug))
        {
            throw new UserInputException($"栏目地址“{column.Slug}”只能使用小写字母、数字和连字符。");
        }

        if (column.ParentId is not null && tree.Find(column.ParentId) is null)
        {
            throw new UserInputException("所选的上级栏目不存在。");
        }

        if (tree.Children(column.ParentId).Any(c => c.ContentItemId != ownId && c.Slug == column.Slug))
        {
            throw new UserInputException($"同一上级栏目下已有地址为“{column.Slug}”的栏目。");
        }
    }

    private static UserInputException NoSuchColumn(string columnId) => new($"本站点没有这个栏目（{columnId}）。");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
