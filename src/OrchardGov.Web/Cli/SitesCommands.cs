using System.CommandLine;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Cli;

/// <summary><c>sites create</c> and <c>sites list</c>.</summary>
internal static class SitesCommands
{
    public static Command Create(CliConsole console, Action<IHostApplicationBuilder>? configure) =>
        new("sites", "站点：创建、修改与列出 / create, update and list sites")
        {
            CreateCommand(console, configure), UpdateCommand(console, configure), ListCommand(console, configure),
        };

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
            var parentSite = site.ParentId is { } parentId ? await registry.FindAsync(parentId, cancellationToken) : null;
            await console.Output.WriteLineAsync(
                $"已创建站点 {site.Code} {site.Name}（{site.Level}），上级：{(parentSite is null ? "无" : $"{parentSite.Code} {parentSite.Name}")}，地址 {site.PathBase}/");
            return OrchardGovCli.Success;
        });
        return command;
    }

    private static Command UpdateCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var code = new Option<string>("--code") { Description = "站点代码 / site code", Required = true };
        var name = new Option<string?>("--name") { Description = "站点名称 / name" };
        var hosts = new Option<string[]>("--host") { Description = "绑定的域名，可重复；替换原有域名 / host name, repeatable; replaces the bound ones" };
        var noHosts = new Option<bool>("--no-hosts") { Description = "解除全部域名绑定 / unbind every host name" };
        var identification = new Option<string?>("--identification-code") { Description = "网站标识码" };
        var icp = new Option<string?>("--icp") { Description = "ICP备案号" };
        var publicSecurity = new Option<string?>("--public-security") { Description = "公安备案号" };
        var command = new Command("update", "修改站点信息 / update a site") { code, name, hosts, noHosts, identification, icp, publicSecurity };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var hostNames = parsed.GetValue(noHosts) ? [] : parsed.GetValue(hosts) is { Length: > 0 } given ? given : null;
            var site = await services.GetRequiredService<SiteRegistry>().UpdateAsync(parsed.GetValue(code)!, new SiteUpdate(
                parsed.GetValue(name), hostNames, parsed.GetValue(identification), parsed.GetValue(icp), parsed.GetValue(publicSecurity)),
                cancellationToken);
            await console.Output.WriteLineAsync(
                $"已修改站点 {site.Code} {site.Name}；域名：{(site.HostNames.Count == 0 ? "无" : string.Join(", ", site.HostNames.Select(h => h.HostName)))}；"
                + $"网站标识码：{site.SiteIdentificationCode ?? "无"}；ICP备案号：{site.IcpRecord ?? "无"}；公安备案号：{site.PublicSecurityRecord ?? "无"}");
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
