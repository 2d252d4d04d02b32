using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Disclosure.Indexes;

namespace OrchardGov.Disclosure.Services.Editing;

/// <summary>
/// Publishes drafts whose scheduled time has come, on every site, twice a minute. With several web nodes each
/// may try the same article; the store lets only one publish it and the others skip it.
/// </summary>
public sealed class ScheduledPublishing(
    StoreContextFactory contexts, ContentStore store, ArticlePublisher publisher, TimeProvider clock, ILogger<ScheduledPublishing> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    /// <summary>Publishes what is due now; returns how many articles it published.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        List<(int SiteId, string ContentItemId)> due;
        await using (var db = contexts.Create())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            due = (await db.Set<ArticleIndex>().IgnoreQueryFilters().AsNoTracking()
                .Where(row => row.ScheduledUtc != null && row.ScheduledUtc <= now && row.Latest && !row.Published)
                .Select(row => new { row.SiteId, row.ContentItemId }).Take(500).ToListAsync(cancellationToken))
                .Select(row => (row.SiteId, row.ContentItemId)).ToList();
        }

        var published = 0;
        foreach (var (siteId, articleId) in due)
        {
            try
            {
                await using var session = store.OpenSession(siteId);
                await publisher.PublishAsync(session, articleId);
                await session.CommitAsync();
                published++;
            }
            catch (Exception error) when (error is ContentConflictException or UserInputException)
            {
                logger.LogWarning("Scheduled article {Article} of site {Site} was not published: {Reason}", articleId, siteId, error.Message);
            }
        }

        return published;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PublishDueAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "Scheduled publishing failed; it runs again in {Interval}.", Interval);
            }
        }
    }
}
