using Microsoft.Extensions.Logging;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>
/// Keeps this node's <see cref="SearchIndex"/> equal to what the sites publish, from the shared content change log:
/// a changed article is read again (and removed when it is no longer shown), a changed catalog entry with the
/// articles filed under it; a changed column or domain, the module turned on or off, a site renamed, or a request to
/// read a site again reads the whole site again. A new index reads every site that runs the module. Each step ends
/// with a commit that records the log position reached, so a node that stops at any moment goes on from its last
/// commit and ends up with the same index.
/// </summary>
public sealed class SearchIndexUpdater(
    SearchIndex index, ContentChangeLog log, SearchDocumentReader reader, FeatureService features, SiteRegistry sites,
    TimeProvider clock, ILogger<SearchIndexUpdater> logger)
{
    /// <summary>Longer than any transaction that writes content lasts (a large recipe import).</summary>
    public static readonly TimeSpan GapPatience = TimeSpan.FromHours(1);

    /// <summary>How long a search waits for a catch-up already under way before it searches what is there.</summary>
    public static readonly TimeSpan SearchWait = TimeSpan.FromSeconds(2);

    /// <summary>How long a search waits for a node's first build of its index.</summary>
    public static readonly TimeSpan FirstBuildWait = TimeSpan.FromSeconds(30);

    private const int LinesPerStep = 2_000;
    private const int GapsPerStep = 1_000;

    private readonly SemaphoreSlim _lock = new(1, 1);
    private ChangeLogCursor? _cursor;

    /// <summary>Reads the log to its end into the index, whole sites included; returns how many lines it applied.</summary>
    public async Task<int> CatchUpAsync(IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            return await CatchUpHeldAsync(wholeSites: true, progress, cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>
    /// Before a search: applies the lines written since the last catch-up, so what was just published, changed or
    /// taken down shows. Reading whole sites again is left to the <see cref="SearchIndexFollower"/>: until it has, the
    /// search sees the index as it was, complete. A node whose index is being built for the first time has nothing
    /// to show yet, so the search waits for that longer.
    /// </summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken = default)
    {
        var cursor = _cursor;
        if (cursor is not null && await log.LastIdAsync(cancellationToken) <= cursor.ReadUpTo)
        {
            return;
        }

        if (!await _lock.WaitAsync(cursor is null ? FirstBuildWait : SearchWait, cancellationToken))
        {
            return;
        }

        try
        {
            if (_cursor is not null)
            {
                await CatchUpHeldAsync(wholeSites: false, null, cancellationToken);
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>
    /// Applies the log in steps. Without <paramref name="wholeSites"/> (a search waiting) it stops before the first
    /// line that reads a whole site again, and leaves gaps alone: both are the follower's work.
    /// </summary>
    private async Task<int> CatchUpHeldAsync(bool wholeSites, IProgress<SearchProgress>? progress, CancellationToken cancellationToken)
    {
        _cursor ??= await OpenAsync(progress, cancellationToken);
        var applied = 0;
        while (true)
        {
            var read = await log.AfterAsync(_cursor.ReadUpTo, LinesPerStep, cancellationToken);
            var lines = wholeSites ? read : read.TakeWhile(line => !ReadsWholeSite(line)).ToList();
            var filled = wholeSites ? await log.WithIdsAsync(_cursor.Gaps.Take(GapsPerStep).ToList(), cancellationToken) : [];
            var batch = filled.Concat(lines).ToList();
            var before = _cursor.Position;
            await ApplyAsync(batch, progress, cancellationToken);
            applied += batch.Count;
            var now = clock.GetUtcNow();
            _cursor.Read(filled.Select(line => line.Id), now);
            _cursor.Read(lines.Select(line => line.Id), now);
            _cursor.Expire(now);
            if (batch.Count > 0 || _cursor.Position != before)
            {
                index.Commit(_cursor.Position);
                index.Refresh();
            }

            if (read.Count < LinesPerStep || lines.Count < read.Count)
            {
                return applied;
            }
        }
    }

    private async Task<ChangeLogCursor> OpenAsync(IProgress<SearchProgress>? progress, CancellationToken cancellationToken)
    {
        if (index.Position is { } position)
        {
            return new ChangeLogCursor(position, GapPatience);
        }

        // A new index: every site as it is now, then the log from the last line committed before reading began. An
        // id below it that is not there yet belongs to a transaction still open: it is a gap, read when it appears.
        var hourBefore = await log.LastIdBeforeAsync(clock.GetUtcNow().UtcDateTime - GapPatience, cancellationToken);
        var committed = await log.IdsAfterAsync(hourBefore, cancellationToken);
        await ReadEverySiteAsync(progress, cancellationToken);
        var cursor = new ChangeLogCursor(hourBefore, GapPatience);
        cursor.Read(committed, clock.GetUtcNow());
        index.Commit(cursor.Position);
        index.Refresh();
        return cursor;
    }

    private static bool ReadsWholeSite(ContentChange line) =>
        line.IsWholeSite || line.ContentType is DisclosureTypes.Column or DisclosureTypes.Domain;

    private async Task ApplyAsync(IReadOnlyList<ContentChange> lines, IProgress<SearchProgress>? progress, CancellationToken cancellationToken)
    {
        if (lines.Any(line => line is { IsWholeSite: true, SiteId: 0 }))
        {
            await ReadEverySiteAsync(progress, cancellationToken);
            return;
        }

        var wholeSites = lines.Where(ReadsWholeSite).Select(line => line.SiteId).Distinct().ToList();
        await ReadSitesAsync(wholeSites, replace: true, progress, cancellationToken);

        var items = lines.Where(line => !wholeSites.Contains(line.SiteId) && line.ContentType is DisclosureTypes.Article or DisclosureTypes.CatalogEntry);
        foreach (var site in items.GroupBy(line => line.SiteId))
        {
            if (!await features.IsEnabledAsync(site.Key, Manifest.Disclosure.Id, cancellationToken))
            {
                continue;
            }

            var ids = site.Select(line => line.ContentItemId!).Distinct().ToList();
            foreach (var (id, document) in await reader.ItemsAsync(site.Key, ids, cancellationToken))
            {
                if (document is null)
                {
                    index.Remove(site.Key, id);
                }
                else
                {
                    Index(document, index.Put);
                }
            }
        }
    }

    private async Task ReadEverySiteAsync(IProgress<SearchProgress>? progress, CancellationToken cancellationToken)
    {
        var siteIds = await features.SitesWithAsync(Manifest.Disclosure.Id, cancellationToken);
        logger.LogInformation("Reading {Sites} sites into the search index at {Folder}", siteIds.Count, index.Folder);
        index.RemoveAll();
        await ReadSitesAsync(siteIds.Order().ToList(), replace: false, progress, cancellationToken);
    }

    /// <summary>
    /// Reads whole sites, as many at a time as there are processors (the Chinese analyzer is the costly part). A site
    /// that does not run the module (any more) is left out.
    /// </summary>
    private async Task ReadSitesAsync(IReadOnlyList<int> siteIds, bool replace, IProgress<SearchProgress>? progress, CancellationToken cancellationToken)
    {
        if (siteIds.Count == 0)
        {
            return;
        }

        var names = await sites.FindAsync(siteIds, cancellationToken);
        var done = 0;
        long documents = 0;
        await Parallel.ForEachAsync(siteIds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (siteId, token) =>
            {
                if (replace)
                {
                    index.RemoveSite(siteId);
                }

                var count = 0;
                if (await features.IsEnabledAsync(siteId, Manifest.Disclosure.Id, token))
                {
                    await foreach (var page in reader.SiteAsync(siteId, token))
                    {
                        count += page.Count(document => Index(document, index.Add));
                    }
                }

                var total = Interlocked.Add(ref documents, count);
                progress?.Report(new SearchProgress(Interlocked.Increment(ref done), siteIds.Count,
                    names.TryGetValue(siteId, out var site) ? $"{site.Code} {site.Name}" : siteId.ToString(System.Globalization.CultureInfo.InvariantCulture), count, total));
            });
    }

    /// <summary>One document the index refuses (a field beyond Lucene's limits) is logged and left out, not the whole step.</summary>
    private bool Index(SearchDocument document, Action<SearchDocument> write)
    {
        try
        {
            write(document);
            return true;
        }
        catch (ArgumentException error)
        {
            logger.LogWarning("Item {Item} of site {Site} is left out of the search index: {Reason}", document.ContentItemId, document.SiteId, error.Message);
            return false;
        }
    }
}
