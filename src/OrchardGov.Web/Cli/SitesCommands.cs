using System.CommandLine;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Recipes.Scaffolding;

namespace OrchardGov.Web.Cli;

/// <summary><c>sites create</c> and <c>sites list</c>.</summary>
internal static class SitesCommands
{
    public static Command Create(CliConsole console, Action<IHostApplicationBuilder>? configure) =>
        new("sites", "站点：创建、修改与列出 / create, update and list sites")
        {
            CreateCommand(console, configure), ScaffoldCommand(console, configure), UpdateCommand(console, configure), ListCommand(console, configure),
        };

    private static Command CreateCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var code = new Option<string>("--code") { Description = "统计用区划代码，如 431202001 / the division code", Required = true };
        var name = new Option<string?>("--name") { Description = "站点名称，默认取区划名称 / name (default: the division's)" };
        var parent = new Option<string?>("--parent") { Description = "上级站点代码，默认取区划上级 / parent site code (default: the division's)" };
        var level = new Option<SiteLevel?>("--level") { Description = "Platform|City|County|Township，默认取区划级别 / level (default: the division's)" };
        var recipe = new Option<string?>("--recipe") { Description = "创建后运行的配方，如 township 或 county / recipe to set the site up with" };
        var command = new Command("create", "创建站点 / create a site") { code, name, parent, level, recipe };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var registry = services.GetRequiredService<SiteRegistry>();
            if (parsed.GetValue(recipe) is { } recipeName)
            {
                if (await registry.FindAsync(parsed.GetValue(code)!, cancellationToken) is null)
                {
                    await registry.CreateAsync(
                        new SiteCreation(parsed.GetValue(code)!, parsed.GetValue(name), parsed.GetValue(parent), parsed.GetValue(level)), cancellationToken);
                }

                var outcome = await services.GetRequiredService<SiteScaffolder>().ScaffoldAsync(parsed.GetValue(code)!, recipeName, cancellationToken);
                await console.Output.WriteLineAsync($"{outcome.Site.Code} {outcome.Site.Name}："
                    + (outcome.Ran ? $"已用配方 {recipeName} 搭建，地址 {outcome.Site.PathBase}/" : $"此前已用配方 {recipeName} 搭建，未作改动"));
                return OrchardGovCli.Success;
            }

            var site = await registry.CreateAsync(
                new SiteCreation(parsed.GetValue(code)!, parsed.GetValue(name), parsed.GetValue(parent), parsed.GetValue(level)), cancellationToken);
            var parentSite = site.ParentId is { } parentId ? await registry.FindAsync(parentId, cancellationToken) : null;
            await console.Output.WriteLineAsync(
                $"已创建站点 {site.Code} {site.Name}（{site.Level}），上级：{(parentSite is null ? "无" : $"{parentSite.Code} {parentSite.Name}")}，地址 {site.PathBase}/");
            return OrchardGovCli.Success;
        });
        return command;
    }

    private static Command ScaffoldCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var under = new Option<string>("--under") { Description = "省、市或县的区划代码，如 431202 / a province, city or county code", Required = true };
        var recipe = new Option<string>("--recipe") { Description = "每个乡镇（街道）运行的配方，如 township / the recipe for each township", Required = true };
        var command = new Command("scaffold", "为区划下的每个乡镇（街道）创建并搭建站点；可重复运行 / create and set up every township under a code; safe to re-run")
        {
            under, recipe,
        };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var scaffolder = services.GetRequiredService<SiteScaffolder>();
            var underCode = parsed.GetValue(under)!;
            var townships = scaffolder.TownshipsUnder(underCode);
            var changed = 0;
            await new ScaffoldProgress(console).RunAsync(townships.Count, async report =>
            {
                foreach (var township in townships)
                {
                    await scaffolder.EnsureAncestorsAsync(underCode, township, cancellationToken);
                    var outcome = await scaffolder.ScaffoldAsync(township.Code, parsed.GetValue(recipe)!, cancellationToken);
                    changed += outcome.Changed ? 1 : 0;
                    await report(outcome);
                }
            });
            await console.Output.WriteLineAsync(changed == 0
                ? $"{underCode} 下的 {townships.Count} 个乡镇（街道）都已搭建，本次未作任何改动。"
                : $"{underCode} 下共 {townships.Count} 个乡镇（街道）：本次搭建 {changed} 个，{townships.Count - changed} 个此前已搭建。");
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
        var sponsor = new Option<string?>("--sponsor") { Description = "主办单位 (portal footer)" };
        var contact = new Option<string?>("--contact") { Description = "联系方式 (portal footer)" };
        var command = new Command("update", "修改站点信息 / update a site") { code, name, hosts, noHosts, identification, icp, publicSecurity, sponsor, contact };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var hostNames = parsed.GetValue(noHosts) ? [] : parsed.GetValue(hosts) is { Length: > 0 } given ? given : null;
            var site = await services.GetRequiredService<SiteRegistry>().UpdateAsync(parsed.GetValue(code)!, new SiteUpdate(
                parsed.GetValue(name), hostNames, parsed.GetValue(identification), parsed.GetValue(icp), parsed.GetValue(publicSecurity),
                parsed.GetValue(sponsor), parsed.GetValue(contact)),
                cancellationToken);
            await console.Output.WriteLineAsync(
                $"已修改站点 {site.Code} {site.Name}；域名：{(site.HostNames.Count == 0 ? "无" : string.Join(", ", site.HostNames.Select(h => h.HostName)))}；"
                + $"网站标识码：{site.SiteIdentificationCode ?? "无"}；ICP备案号：{site.IcpRecord ?? "无"}；公安备案号：{site.PublicSecurityRecord ?? "无"}；"
                + $"主办单位：{site.Sponsor ?? "无"}；联系方式：{site.Contact ?? "无"}");
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
