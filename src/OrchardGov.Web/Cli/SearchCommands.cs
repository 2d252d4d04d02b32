using System.CommandLine;
using System.Diagnostics;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure;
using OrchardGov.Disclosure.Services.Search;

namespace OrchardGov.Web.Cli;

/// <summary>
/// <c>search rebuild --site CODE | --all</c>: asks every node to read the sites into its search index again (a line
/// in the shared change log), then does so for this machine's index with progress, unless a running web process
/// holds it; that process rebuilds within seconds by itself.
/// </summary>
internal static class SearchCommands
{
    public static Command Create(CliConsole console, Action<IHostApplicationBuilder>? configure) =>
        new("search", "站内搜索索引 / the search index") { RebuildCommand(console, configure) };

    private static Command RebuildCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var site = new Option<string?>("--site") { Description = "重建一个站点的索引 / rebuild one site" };
        var all = new Option<bool>("--all") { Description = "重建所有启用政务公开模块的站点 / rebuild every site running the module" };
        var command = new Command("rebuild", "按数据库重建搜索索引 / rebuild the search index from the database") { site, all };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var code = parsed.GetValue(site);
            if ((code is null) == !parsed.GetValue(all))
            {
                throw new UserInputException("请指定 --site CODE 或 --all 之一。");
            }

            int? siteId = null;
            if (code is not null)
            {
                var found = await services.GetRequiredService<SiteRegistry>().FindAsync(code, cancellationToken)
                    ?? throw new UserInputException($"站点 {code} 不存在。");
                if (!await services.GetRequiredService<FeatureService>().IsEnabledAsync(found.Id, Manifest.Disclosure.Id, cancellationToken))
                {
                    throw new UserInputException($"站点 {found.Code}（{found.Name}）未启用政务公开模块，没有可索引的信息。");
                }

                siteId = found.Id;
            }

            await services.GetRequiredService<ContentChangeLog>().ReadAgainAsync(siteId, cancellationToken);
            var folder = services.GetRequiredService<SearchOptions>().Folder;
            SearchIndexUpdater updater;
            try
            {
                updater = services.GetRequiredService<SearchIndexUpdater>();
            }
            catch (SearchIndexInUseException)
            {
                await console.Output.WriteLineAsync($"已登记重建。本机索引（{folder}）正由运行中的网站进程使用，它和其他节点会在几秒内自行重建。");
                return OrchardGovCli.Success;
            }

            var clock = Stopwatch.StartNew();
            var progress = new ConsoleProgress(console.Output);
            await updater.CatchUpAsync(progress, cancellationToken);
            services.GetRequiredService<SearchIndex>().FinishMerges();
            await console.Output.WriteLineAsync($"完成：{progress.Sites} 个站点，{progress.Documents:N0} 条，用时 {clock.Elapsed.TotalSeconds:F1} 秒。索引：{folder}");
            return OrchardGovCli.Success;
        });
        return command;
    }

    /// <summary>A line per site read, written as sites finish (two or more at a time).</summary>
    private sealed class ConsoleProgress(TextWriter output) : IProgress<SearchProgress>
    {
        private readonly Lock _lock = new();

        public int Sites { get; private set; }
        public long Documents { get; private set; }

        public void Report(SearchProgress value)
        {
            lock (_lock)
            {
                Sites = Math.Max(Sites, value.SitesDone);
                Documents = Math.Max(Documents, value.Documents);
                output.WriteLine($"[{value.SitesDone}/{value.SitesTotal}] {value.SiteName}：{value.SiteDocuments:N0} 条（累计 {value.Documents:N0} 条）");
                output.Flush();
            }
        }
    }
}
