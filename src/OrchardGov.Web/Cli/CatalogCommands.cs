using System.CommandLine;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure;
using OrchardGov.Disclosure.Excel;
using OrchardGov.Disclosure.Services;

namespace OrchardGov.Web.Cli;

/// <summary><c>catalog export</c>, <c>catalog import</c> and <c>catalog not-applicable</c> on a site with the Disclosure module.</summary>
internal static class CatalogCommands
{
    public static Command Create(CliConsole console, Action<IHostApplicationBuilder>? configure) =>
        new("catalog", "政务公开事项标准目录：导出、导入 Excel，标注未涉及领域 / export, import and annotate a site's catalog")
        {
            ExportCommand(console, configure), ImportCommand(console, configure), NotApplicableCommand(console, configure),
        };

    private static Option<string> SiteOption() => new("--site") { Description = "站点代码 / site code", Required = true };

    private static Command ExportCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var site = SiteOption();
        var output = new Option<FileInfo>("--out") { Description = "导出的 .xlsx 文件 / the .xlsx file to write", Required = true };
        var command = new Command("export", "导出为 Excel（每个领域一个工作表）/ export to Excel, one sheet per domain") { site, output };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var target = await DisclosureSiteAsync(services, parsed.GetValue(site)!, cancellationToken);
            await using var session = services.GetRequiredService<ContentStore>().OpenSession(target.Id);
            var catalog = await services.GetRequiredService<CatalogReader>().ReadAsync(session, VersionOptions.Latest);
            var sheets = catalog.Domains.Select(d => new CatalogSheet(d.Name, catalog.EntriesOf(d.Key).ToList())).ToList();
            var file = parsed.GetValue(output)!;
            await using (var stream = file.Create())
            {
                CatalogWorkbook.Write(stream, sheets);
            }

            await console.Output.WriteLineAsync(
                $"已导出 {target.Code} {target.Name} 的目录：{sheets.Count} 个领域，{sheets.Sum(s => s.Entries.Count)} 项 → {file.FullName}");
            return OrchardGovCli.Success;
        });
        return command;
    }

    private static Command ImportCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var site = SiteOption();
        var input = new Option<FileInfo>("--file") { Description = "要导入的 .xlsx 文件 / the .xlsx file to read", Required = true };
        var command = new Command("import", "从 Excel 导入；任何一行有误则不导入 / import from Excel; nothing is imported if any row is wrong") { site, input };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var target = await DisclosureSiteAsync(services, parsed.GetValue(site)!, cancellationToken);
            var file = parsed.GetValue(input)!;
            if (!file.Exists)
            {
                throw new UserInputException($"文件 {file.FullName} 不存在。");
            }

            IReadOnlyList<CatalogSheet> sheets;
            await using (var stream = file.OpenRead())
            {
                sheets = CatalogWorkbook.Read(stream);
            }

            await using var session = services.GetRequiredService<ContentStore>().OpenSession(target.Id);
            var result = await services.GetRequiredService<CatalogImporter>().ImportAsync(session, sheets);
            await session.CommitAsync();
            await console.Output.WriteLineAsync(
                $"已导入 {file.Name} 到 {target.Code} {target.Name}：新增 {result.Created} 项，修改 {result.Updated} 项，"
                + $"未变 {result.Unchanged} 项，新增栏目 {result.ColumnsAdded} 个。");
            return OrchardGovCli.Success;
        });
        return command;
    }

    private static Command NotApplicableCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var site = SiteOption();
        var domain = new Option<string>("--domain") { Description = "领域代码，如 press / the domain key", Required = true };
        var reason = new Option<string?>("--reason") { Description = "未涉及领域事项说明 / the note the public reads" };
        var clear = new Option<bool>("--clear") { Description = "取消未涉及标注 / the domain applies again" };
        var command = new Command("not-applicable", "标注本站点未涉及的领域及说明 / mark a domain the site does not handle") { site, domain, reason, clear };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            if (parsed.GetValue(clear) == (parsed.GetValue(reason) is not null))
            {
                throw new UserInputException("Give either --reason \"说明\" or --clear.");
            }

            var target = await DisclosureSiteAsync(services, parsed.GetValue(site)!, cancellationToken);
            await using var session = services.GetRequiredService<ContentStore>().OpenSession(target.Id);
            var marked = await services.GetRequiredService<NotApplicableDomains>()
                .MarkAsync(session, parsed.GetValue(domain)!, parsed.GetValue(clear) ? null : parsed.GetValue(reason));
            await session.CommitAsync();
            await console.Output.WriteLineAsync(marked.NotApplicable
                ? $"{target.Code} {target.Name}：{marked.Name}领域已标注为未涉及，其栏目不再显示。说明：{marked.NotApplicableReason}"
                : $"{target.Code} {target.Name}：{marked.Name}领域已恢复，其栏目重新显示。");
            return OrchardGovCli.Success;
        });
        return command;
    }

    private static async Task<Site> DisclosureSiteAsync(IServiceProvider services, string code, CancellationToken cancellationToken)
    {
        var site = await services.GetRequiredService<SiteRegistry>().GetAsync(code, cancellationToken);
        return await services.GetRequiredService<FeatureService>().IsEnabledAsync(site.Id, Manifest.Disclosure.Id, cancellationToken)
            ? site
            : throw new UserInputException(
                $"站点 {site.Code} {site.Name} 未启用政务公开模块（{Manifest.Disclosure.Id}）：先运行 features enable，或用 township/county 配方搭建。");
    }
}
