using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Contents;

/// <summary>Reads the <see cref="ContentChange"/> log, and asks readers of it to read sites again.</summary>
public sealed class ContentChangeLog(StoreContextFactory contexts, TimeProvider clock)
{
    /// <summary>The lines after <paramref name="afterId"/>, oldest first.</summary>
    public async Task<IReadOnlyList<ContentChange>> AfterAsync(long afterId, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.ContentChanges.AsNoTracking().Where(c => c.Id > afterId).OrderBy(c => c.Id).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>Those of the lines with these ids that are there (now).</summary>
    public async Task<IReadOnlyList<ContentChange>> WithIdsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var db = contexts.Create();
        return await db.ContentChanges.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The newest line's id; 0 while the log is empty.</summary>
    public async Task<long> LastIdAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.ContentChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
    }

    /// <summary>The ids of the lines after <paramref name="afterId"/> that are there (committed) now, ascending.</summary>
    public async Task<IReadOnlyList<long>> IdsAfterAsync(long afterId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.ContentChanges.Where(c => c.Id > afterId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The id of the last line written before <paramref name="atUtc"/>; 0 when there is none.</summary>
    public async Task<long> LastIdBeforeAsync(DateTime atUtc, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.ContentChanges.Where(c => c.AtUtc < atUtc).OrderByDescending(c => c.AtUtc).Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Asks every reader of the log to read everything of the site again (of every site when null).</summary>
    public async Task<long> ReadAgainAsync(int? siteId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var line = ContentChange.WholeSite(siteId ?? 0, clock.GetUtcNow().UtcDateTime);
        db.ContentChanges.Add(line);
        await db.SaveChangesAsync(cancellationToken);
        return line.Id;
    }
}
