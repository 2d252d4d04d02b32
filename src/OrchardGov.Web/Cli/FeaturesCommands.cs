using System.CommandLine;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Cli;

/// <summary><c>features enable|disable FEATURE --site CODE</c> and <c>features list --site CODE</c>.</summary>
internal static class FeaturesCommands
{
    public static Command Create(CliConsole console, Action<IHostApplicationBuilder>? configure) =>
        new("features", "功能：按站点启用或停用 / enable or disable features per site")
        {
            ListCommand(console, configure),
            SwitchCommand("enable", "启用功能 / enable a feature", console, configure, async (features, siteId, id, ct) =>
            {
                var enabled = await features.EnableAsync(siteId, id, ct);
                return enabled.Count == 0 ? $"功能 {id} 已是启用状态" : $"已启用：{string.Join(", ", enabled)}";
            }),
            SwitchCommand("disable", "停用功能 / disable a feature", console, configure, async (features, siteId, id, ct) =>
                await features.DisableAsync(siteId, id, ct) ? $"已停用：{id}" : $"功能 {id} 本来就未启用"),
        };

    private static Option<string> SiteOption() => new("--site") { Description = "站点代码 / site code", Required = true };

    private static Command ListCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var site = SiteOption();
        var command = new Command("list", "列出功能及其在站点上的状态 / list features and their state on a site") { site };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var target = await services.GetRequiredService<SiteRegistry>().GetAsync(parsed.GetValue(site)!, cancellationToken);
            foreach (var state in await services.GetRequiredService<FeatureService>().ListAsync(target.Id, cancellationToken))
            {
                var mark = state.Feature.AlwaysEnabled ? "始终启用" : state.Enabled ? "已启用" : "未启用";
                await console.Output.WriteLineAsync($"{state.Feature.Id}\t{state.Feature.Name}\t{mark}");
            }

            return OrchardGovCli.Success;
        });
        return command;
    }

    private static Command SwitchCommand(string verb, string description, CliConsole console, Action<IHostApplicationBuilder>? configure,
        Func<FeatureService, int, string, CancellationToken, Task<string>> change)
    {
        var feature = new Argument<string>("FEATURE") { Description = "功能标识，如 OrchardGov.ContentApi / feature id" };
        var site = SiteOption();
        var command = new Command(verb, description) { feature, site };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var target = await services.GetRequiredService<SiteRegistry>().GetAsync(parsed.GetValue(site)!, cancellationToken);
            var message = await change(services.GetRequiredService<FeatureService>(), target.Id, parsed.GetValue(feature)!, cancellationToken);
            await console.Output.WriteLineAsync($"{message}（站点 {target.Code} {target.Name}）");
            return OrchardGovCli.Success;
        });
        return command;
    }
}
