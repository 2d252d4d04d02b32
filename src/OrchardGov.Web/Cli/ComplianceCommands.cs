using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure;
using OrchardGov.Disclosure.Services.Compliance;
using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Web.Cli;

/// <summary>
/// <c>compliance check --site CODE | --under CODE [--json]</c>: the compliance report of one site, or of a site and
/// every site below it; exits 3 when any site meets a single-veto rule, for scheduled checks.
/// </summary>
internal static class ComplianceCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static Command Create(CliConsole console, Action<IHostApplicationBuilder>? configure) =>
        new("compliance", "合规检查：时限、覆盖、栏目更新与单项否决 / compliance checks") { CheckCommand(console, configure) };

    private static Command CheckCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var site = new Option<string>("--site") { Description = "检查一个站点 / check one site" };
        var under = new Option<string>("--under") { Description = "检查该站点及其下所有站点 / check a site and every site below it" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出完整报告 / print the full reports as JSON" };
        var command = new Command("check", "检查合规情况；有站点触发单项否决时退出码为 3 / exit code 3 when a site meets a veto rule") { site, under, json };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var (one, root) = (parsed.GetValue(site), parsed.GetValue(under));
            if ((one is null) == (root is null))
            {
                throw new UserInputException("请用 --site CODE 检查一个站点，或用 --under CODE 检查一个站点及其下所有站点（二者选一）。");
            }

            var registry = services.GetRequiredService<SiteRegistry>();
            var reports = services.GetRequiredService<ComplianceReports>();
            IReadOnlyList<SiteComplianceReport> checkedSites;
            if (one is not null)
            {
                var target = await registry.GetAsync(one, cancellationToken);
                if (!await services.GetRequiredService<FeatureService>().IsEnabledAsync(target.Id, Manifest.Disclosure.Id, cancellationToken))
                {
                    throw new UserInputException($"站点 {target.Code}（{target.Name}）未启用政务公开模块，没有可检查的目录。");
                }

                checkedSites = [await reports.ForSiteAsync(target, cancellationToken)];
            }
            else
            {
                var top = await registry.GetAsync(root!, cancellationToken);
                checkedSites = await reports.ForSubtreeAsync(top, detailed: parsed.GetValue(json), cancellationToken);
                if (checkedSites.Count == 0)
                {
                    throw new UserInputException($"站点 {top.Code}（{top.Name}）及其下级站点都未启用政务公开模块，没有可检查的目录。");
                }
            }

            if (parsed.GetValue(json))
            {
                await console.Output.WriteLineAsync(JsonSerializer.Serialize(checkedSites, Json));
            }
            else
            {
                await ComplianceText.WriteAsync(console.Output, checkedSites);
            }

            if (checkedSites.SelectMany(r => r.UnknownYears).Distinct().Order().ToList() is { Count: > 0 } unknown)
            {
                await console.Error.WriteLineAsync($"注意：{string.Join("、", unknown)} 年的节假日安排尚未载入，按周一至周五计算（calendar load 可载入）。");
            }

            return checkedSites.Any(r => r.Vetoed) ? OrchardGovCli.VetoMet : OrchardGovCli.Success;
        });
        return command;
    }
}
