using System.CommandLine;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Cli;

/// <summary><c>sites create</c> and <c>sites list</c>.</summary>
internal static class SitesCommands
{
    public static Command Create(CliConsole console, Action<IHostApplicationBuilder>? configure) =>
        new("sites", "站点：创建与列出 / create and list sites") { CreateCommand(console, configure), ListCommand(console, configure) };

    private static Command CreateCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var code = new Option<string>("--code") { Description = "统计用区划代码，如 431202001 / the division code", Required = true };
        var name = new Option<string?>("--name") { Description = "站点名称，默认取区划名称 / name (default: the division's)" };
        var parent = new Option<string?>("--parent") { Description = "上级站点代码，默认取区划上级 / parent site code (default: the division's)" };
        var level = new Option<SiteLevel?>("--level") { Description = "Platform|City|County|Township，默认取区划级别 / level (default: the division's)" };
        var command = new Command("create", "创建站点 / create a site") { code, name, parent, level };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var registry = services.GetRequiredService<SiteRegistry>();
            var site = await registry.CreateAsync(
                new SiteCreation(parsed.GetValue(code)!, parsed.GetValue(name), parsed.GetValue(parent), parsed.GetValue(level)), cancellationToken);
            var parentSite = site.ParentId is null ? null : (await registry.ListAsync(cancellationToken: cancellationToken)).First(s => s.Id == site.ParentId);
            await console.Output.WriteLineAsync(
                $"已创建站点 {site.Code} {site.Name}（{site.Level}），上级：{(parentSite is null ? "无" : $"{parentSite.Code} {parentSite.Name}")}，地址 {site.PathBase}/");
            return OrchardGovCli.Success;
        });
        return command;
    }

    private static Command ListCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var under = new Option<string?>("--under") { Description = "只列出此站点及其下级 / only this site and the sites below it" };
        var command = new Command("list", "列出站点 / list sites") { under };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var sites = await services.GetRequiredService<SiteRegistry>().ListAsync(parsed.GetValue(under), cancellationToken);
            var codes = sites.ToDictionary(s => s.Id, s => s.Code);
            await console.Output.WriteLineAsync("代码\t名称\t级别\t上级");
            foreach (var site in sites)
            {
                var parentCode = site.ParentId is { } parentId ? codes.GetValueOrDefault(parentId, "") : "";
                await console.Output.WriteLineAsync($"{site.Code}\t{site.Name}\t{site.Level}\t{parentCode}");
            }

            await console.Output.WriteLineAsync($"共 {sites.Count} 个站点");
            return OrchardGovCli.Success;
        });
        return command;
    }
}
