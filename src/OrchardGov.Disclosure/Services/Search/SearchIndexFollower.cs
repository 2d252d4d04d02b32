using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>Reads the change log into this node's index every <see cref="SearchOptions.PollInterval"/>, from start-up on.</summary>
public sealed class SearchIndexFollower(SearchIndexUpdater updater, SearchOptions options, TimeProvider clock, ILogger<SearchIndexFollower> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval, clock);
        do
        {
            try
            {
                await updater.CatchUpAsync(cancellationToken: stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "The search index could not read the content change log; trying again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
