using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Editing;
using OrchardGov.Disclosure.Services.Settings;
using OrchardGov.Recipes.Scaffolding;

namespace OrchardGov.Web.Tests.Cli;

/// <summary><c>compliance check</c> for scheduled checks, and <c>calendar</c> for the holidays deadlines count with.</summary>
public sealed class ComplianceCliTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_freshly_scaffolded_township_meets_the_blank_column_veto_and_the_check_exits_3()
    {
        var cli = CliRun.OnSqlite(portal.ConnectionString);
        var code = await ScaffoldAsync("431223", 0);

        var (exitCode, output, _) = await cli.RunAsync("compliance", "check", "--site", code);
        var json = await cli.RunAsync("compliance", "check", "--site", code, "--json");

        Assert.Equal(3, exitCode);
        Assert.Contains($"{code}\t", output);
        Assert.Contains("已触发单项否决", output);
        Assert.Contains("单项否决：空白栏目", output);
        Assert.Contains("单项否决：首页两周未更新", output);
        Assert.Equal(3, json.ExitCode);
        var report = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().Single();
        Assert.Equal(code, report.GetProperty("site").GetProperty("code").GetString());
        Assert.True(report.GetProperty("vetoed").GetBoolean());
        Assert.True(report.GetProperty("coverage").GetProperty("proactiveEntries").GetInt32() > 0);
    }

    [Fact]
    public async Task A_township_updated_today_with_no_blank_column_passes_and_says_how_many_days_remain()
    {
        var cli = CliRun.OnSqlite(portal.ConnectionString);
        var site = await UpdatedTodayAsync();

        var (exitCode, output, _) = await cli.RunAsync("compliance", "check", "--site", site.Code);

        Assert.Equal(0, exitCode);
        Assert.Contains("距单项否决 15 天", output);
        Assert.Contains("共检查 1 个站点，0 个触发单项否决", output);
    }

    [Fact]
    public async Task Checking_under_a_county_reports_each_site_that_runs_the_module_and_exits_3_when_one_fails()
    {
        var cli = CliRun.OnSqlite(portal.ConnectionString);
        var first = await ScaffoldAsync("431224", 0);
        var second = await ScaffoldAsync("431224", 1);

        var (exitCode, output, _) = await cli.RunAsync("compliance", "check", "--under", "431224");

        Assert.Equal(3, exitCode);
        Assert.Contains($"{first}\t", output);
        Assert.Contains($"{second}\t", output);
        Assert.Contains("共检查 2 个站点，2 个触发单项否决", output);
    }

    [Fact]
    public async Task Bad_arguments_an_unknown_site_or_a_site_without_the_module_exit_2_with_the_reason()
    {
        var cli = CliRun.OnSqlite(portal.ConnectionString);
        portal.CreateClient();
        var bare = await portal.Services.GetRequiredService<SiteRegistry>().CreateAsync(new SiteCreation("no-module-site", "无模块站点", Level: SiteLevel.Township));

        var neither = await cli.RunAsync("compliance", "check");
        var unknown = await cli.RunAsync("compliance", "check", "--site", "999999999");
        var withoutModule = await cli.RunAsync("compliance", "check", "--site", bare.Code);

        Assert.Equal((2, 2, 2), (neither.ExitCode, unknown.ExitCode, withoutModule.ExitCode));
        Assert.Contains("--site CODE", neither.Error);
        Assert.Contains("999999999", unknown.Error);
        Assert.Contains("未启用政务公开模块", withoutModule.Error);
    }

    [Fact]
    public async Task A_year_is_loaded_from_its_json_and_a_broken_file_is_refused_with_the_calendar_unchanged()
    {
        var cli = CliRun.OnSqlite(portal.ConnectionString);
        portal.CreateClient();
        var folder = Directory.CreateTempSubdirectory("orchardgov-calendar-").FullName;
        var broken = Path.Combine(folder, "2027-broken.json");
        await File.WriteAllTextAsync(broken, """{"year":2027,"days":[{"name":"元旦","date":"2027-13-01","isOffDay":true}]}""");
        var good = Path.Combine(folder, "2027.json");
        await File.WriteAllTextAsync(good, """{"year":2027,"papers":[],"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}""");

        var before = await cli.RunAsync("calendar", "list");
        var refused = await cli.RunAsync("calendar", "load", broken);
        var afterRefusal = await cli.RunAsync("calendar", "list");
        var loaded = await cli.RunAsync("calendar", "load", good);
        var afterLoad = await cli.RunAsync("calendar", "list");
        var removed = await cli.RunAsync("calendar", "remove", "2027");

        Assert.Contains("2027\t随版本提供\t未知：按周一至周五计算", before.Output);
        Assert.Contains("2022\t随版本提供\t休息日", before.Output);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("2027-broken.json", refused.Error);
        Assert.Contains("2027-13-01", refused.Error);
        Assert.Equal(before.Output, afterRefusal.Output);
        Assert.Equal(0, loaded.ExitCode);
        Assert.Contains("已载入 2027 年：休息日 1 天", loaded.Output);
        Assert.Contains("2027\t管理员载入", afterLoad.Output);
        Assert.Equal(0, removed.ExitCode);
        Assert.Contains("2027\t随版本提供\t未知", (await cli.RunAsync("calendar", "list")).Output);
        Directory.Delete(folder, recursive: true);
    }

    private async Task<string> ScaffoldAsync(string county, int index)
    {
        portal.CreateClient();
        var scaffolder = portal.Services.GetRequiredService<SiteScaffolder>();
        var code = scaffolder.TownshipsUnder(county)[index].Code;
        if (await portal.Services.GetRequiredService<SiteRegistry>().FindAsync(county) is null)
        {
            await portal.Services.GetRequiredService<SiteRegistry>().CreateAsync(new SiteCreation(county));
        }

        await scaffolder.ScaffoldAsync(code, "township");
        return code;
    }

    /// <summary>A township with one 工作动态 column and an article published today, and nothing else.</summary>
    private async Task<Site> UpdatedTodayAsync()
    {
        portal.CreateClient();
        var services = portal.Services;
        var code = services.GetRequiredService<SiteScaffolder>().TownshipsUnder("431225")[0].Code;
        var site = await services.GetRequiredService<SiteRegistry>().CreateAsync(new SiteCreation(code));
        await services.GetRequiredService<FeatureService>().EnableAsync(site.Id, Manifest.Disclosure.Id);
        await using var session = services.GetRequiredService<ContentStore>().OpenSession(site.Id);
        await services.GetRequiredService<DisclosureSettingsStore>().SaveAsync(session, new DisclosureSettings { OrganisationCode = "11441700007280420Y" });
        var column = ColumnContent.ToContentItem(new Column { ContentItemId = "col-gzdt", Title = "工作动态", Slug = "gzdt", Freshness = FreshnessClass.News });
        (column.ContentItemVersionId, column.Latest, column.Published) = ("col-gzdt-v1", true, true);
        await session.ImportAsync(column);
        var article = await services.GetRequiredService<ArticleEditor>().SaveDraftAsync(session, new Article { Title = "镇里召开安全生产会议", ColumnId = "col-gzdt" });
        await services.GetRequiredService<ArticlePublisher>().PublishAsync(session, article.ContentItemId);
        await session.CommitAsync();
        return site;
    }
}
