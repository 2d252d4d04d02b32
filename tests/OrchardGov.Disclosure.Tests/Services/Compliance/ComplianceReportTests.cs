using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Compliance;
using OrchardGov.Disclosure.Services.Compliance.Calendar;
using OrchardGov.Disclosure.Services.Compliance.Reports;
using OrchardGov.Disclosure.Tests.Workflow;
using OrchardGov.Recipes;
using OrchardGov.Testing;
using static OrchardGov.Disclosure.Tests.Services.Compliance.ComplianceSites;

namespace OrchardGov.Disclosure.Tests.Services.Compliance;

/// <summary>
/// Townships built so that each finding is known in advance, checked on Monday 2026-11-30 (China). Due dates are
/// counted by hand: no statutory holiday falls between 2026-10-12 and 2026-12-31, so 20 working days are four
/// working weeks. Township 431202001 has one of every article state; 431202002 has five blank columns and nothing published.
/// </summary>
public abstract class ComplianceReportTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private const string UnreadablePhrase = "自收到申请之日起20个工作日内";

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));
    private TestStore _store = null!;

    protected abstract DatabaseProvider Provider { get; }

    private IServiceProvider Services => _store.Services;
    private ComplianceReports Reports => Services.GetRequiredService<ComplianceReports>();

    public async Task InitializeAsync() =>
        _store = await TestStore.StartAsync(Provider, (services, configuration) => services
            .AddRecipes(configuration, DisclosureFixture.RecipesFolder)
            .AddDisclosure()
            .AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [SkippableFact]
    public async Task A_township_gets_exactly_the_findings_its_dated_articles_and_columns_produce()
    {
        Skip.If(_store.Unavailable is not null, _store.Unavailable);
        var (township, articles) = await BuildTownshipAsync();

        var report = await Reports.ForSiteAsync(township);

        Assert.Equal(Today, report.Today);
        Assert.Equal(new CoverageSummary(ProactiveEntries: 5, WithColumn: 4, WithContent: 2, Overdue: 4), report.Coverage);
        Assert.Equal(new ArticleCounts(OnTime: 1, Late: 1, Overdue: 1, Pending: 2, Undated: 1, NotTimed: 1, DueWithinWeek: 1), report.Counts);
        Assert.Equal(
            [
                ("卫生政策解读（逾期）", ArticleState.Overdue, (DateOnly?)new DateOnly(2026, 11, 16), (int?)null, (int?)10),
                ("卫生政策解读（7日内到期）", ArticleState.Pending, new DateOnly(2026, 12, 3), 3, null),
                ("卫生政策解读（待发布）", ArticleState.Pending, new DateOnly(2026, 12, 18), 14, null),
                ("卫生政策解读（迟报）", ArticleState.Late, new DateOnly(2026, 11, 9), null, 3),
                ("卫生政策解读（未填日期）", ArticleState.Undated, null, null, null),
            ],
            report.Articles.Select(a => (a.Title, a.State, a.Due, a.WorkingDaysLeft, a.WorkingDaysLate)).ToList());
        Assert.Equal(articles["逾期"], report.Articles[0].ArticleId);

        Assert.Equal(
            [
                ("卫生政策", EntryProblem.ArticleOverdue, (DateOnly?)new DateOnly(2026, 11, 16)),
                ("年度工作报告", EntryProblem.PeriodMissed, new DateOnly(2026, 1, 31)),
                ("机构职能", EntryProblem.NoContent, null),
                ("突发事件信息", EntryProblem.NoColumn, null),
                ("突发事件信息", EntryProblem.NoContent, null),
            ],
            report.Entries.Select(e => (e.Item, e.Problem, e.Due)).OrderBy(e => e.Item, StringComparer.Ordinal).ThenBy(e => e.Problem).ToList());
        Assert.All(report.Entries, e => Assert.Equal(("health", "医疗卫生"), (e.Domain, e.DomainName)));

        var columns = report.Columns.ToDictionary(c => c.ColumnId);
        Assert.Equal(["col-e1", "col-e2", "col-e3", "col-e4", "col-news", "col-notice"], columns.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["col-e2", "col-e3"], report.Columns.Where(c => c.Blank).Select(c => c.ColumnId).Order(StringComparer.Ordinal));
        Assert.Equal(["col-news"], report.Columns.Where(c => c.Stale).Select(c => c.ColumnId));
        Assert.Equal(["col-e1", "col-e2", "col-e3"], report.Columns.Where(c => c.NotUpdated).Select(c => c.ColumnId).Order(StringComparer.Ordinal));
        Assert.Equal(new DateOnly(2026, 11, 25), columns["col-news"].StaleFrom);
        Assert.Equal((new DateOnly(2027, 1, 2), 33), (columns["col-notice"].StaleFrom!.Value, columns["col-notice"].DaysUntilAtRisk!.Value));
        Assert.Null(columns["col-e4"].DaysUntilAtRisk);
        Assert.Equal("/431202001/health/col-e1/", columns["col-e1"].Url);
        Assert.DoesNotContain(report.Columns, c => c.ColumnId == "col-press");

        Assert.Equal(new DateOnly(2026, 11, 25), report.HomeLastUpdated);
        Assert.Equal(
            [
                new VetoCheck(VetoRule.HomePageNotUpdated, 0, 1, false, 10),
                new VetoCheck(VetoRule.StaleColumns, 1, 5, false, null),
                new VetoCheck(VetoRule.ColumnsNotUpdated, 3, 10, false, null),
                new VetoCheck(VetoRule.BlankColumns, 2, 5, false, null),
            ],
            report.Vetoes);
        Assert.False(report.Vetoed);
        Assert.Equal(10, report.DaysUntilVeto);
        var phrase = Assert.Single(report.NeedsRule);
        Assert.Equal(UnreadablePhrase, phrase.Phrase);
        Assert.Equal(["依申请公开答复"], phrase.Entries);
        Assert.Contains("收到申请", phrase.Problem);
        Assert.Equal(["press"], report.NotApplicableDomains.Select(d => d.Key));
        Assert.Empty(report.UnknownYears);
    }

    [SkippableFact]
    public async Task The_county_report_adds_up_its_townships_and_names_the_sites_without_the_module()
    {
        Skip.If(_store.Unavailable is not null, _store.Unavailable);
        var (township, _) = await BuildTownshipAsync();
        var blank = await BuildBlankTownshipAsync();
        var county = await Services.GetRequiredService<SiteRegistry>().GetAsync("431202");

        var report = await Reports.ForCountyAsync(county);

        Assert.Equal(["431202"], report.WithoutModule.Select(s => s.Code));
        Assert.Equal([township.Code, blank.Code], report.Sites.Select(s => s.Site.Code));
        var first = report.Sites[0];
        var second = report.Sites[1];
        Assert.Equal((5, 2, 1, 1, 1, 1, 3, 2, false, 10), (first.ProactiveEntries, first.WithContent, first.Late, first.Overdue, first.DueWithinWeek,
            first.StaleColumns, first.NotUpdatedColumns, first.BlankColumns, first.Vetoed, first.DaysUntilVeto));
        Assert.Equal((0, 0, 0, 5, true, true, 0), (second.ProactiveEntries, second.Late, second.Overdue, second.BlankColumns, second.HomePageStale,
            second.Vetoed, second.DaysUntilVeto));

        var total = report.Total;
        Assert.Equal((5, 4, 2, 4, 1, 1, 1, 1, 3, 7, 1), (total.ProactiveEntries, total.WithColumn, total.WithContent, total.EntriesOverdue, total.Late,
            total.Overdue, total.DueWithinWeek, total.StaleColumns, total.NotUpdatedColumns, total.BlankColumns, total.PhrasesNeedingRule));
        Assert.Equal(40.0m, total.ContentPercent);
        Assert.Equal(1, report.VetoedSites);
        Assert.Equal(0, total.DaysUntilVeto);
    }

    [SkippableFact]
    public async Task A_rule_set_by_hand_times_every_entry_whose_phrase_could_not_be_read()
    {
        Skip.If(_store.Unavailable is not null, _store.Unavailable);
        var (township, _) = await BuildTownshipAsync();
        await using (var session = Services.GetRequiredService<ContentStore>().OpenSession(township.Id))
        {
            await Services.GetRequiredService<DeadlineRulesStore>().SetAsync(session, UnreadablePhrase, "20个工作日内");
            await session.CommitAsync();
        }

        var report = await Reports.ForSiteAsync(township);

        Assert.Empty(report.NeedsRule);
        Assert.Equal((2, 0), (report.Counts.OnTime, report.Counts.NotTimed));
    }

    [SkippableFact]
    public async Task A_change_to_published_information_must_itself_be_published_within_the_deadline()
    {
        Skip.If(_store.Unavailable is not null, _store.Unavailable);
        var (township, articles) = await BuildTownshipAsync();
        await new ComplianceSites(Services).ChangeAsync(township, articles["按时"], new DateOnly(2026, 11, 20));

        var report = await Reports.ForSiteAsync(township);

        var changed = Assert.Single(report.Articles, a => a.ArticleId == articles["按时"]);
        Assert.Equal((ArticleState.Pending, new DateOnly(2026, 12, 18), (DateOnly?)null), (changed.State, changed.Due!.Value, changed.PublishedOn));
        Assert.Equal((0, 3), (report.Counts.OnTime, report.Counts.Pending));
    }

    [SkippableFact]
    public async Task An_article_taken_off_the_site_is_no_longer_counted_and_never_reported_overdue()
    {
        Skip.If(_store.Unavailable is not null, _store.Unavailable);
        var (township, articles) = await BuildTownshipAsync();
        await using (var session = Services.GetRequiredService<ContentStore>().OpenSession(township.Id))
        {
            await Services.GetRequiredService<OrchardGov.Disclosure.Services.Editing.ArticlePublisher>().UnpublishAsync(session, articles["按时"]);
            await session.CommitAsync();
        }

        var report = await Reports.ForSiteAsync(township);
        var county = await Reports.ForCountyAsync(await Services.GetRequiredService<SiteRegistry>().GetAsync("431202"));

        Assert.Equal((0, 1), (report.Counts.OnTime, report.Counts.Overdue));
        Assert.DoesNotContain(report.Articles, a => a.ArticleId == articles["按时"]);
        Assert.Equal((1, 1), (county.Total.Late, county.Total.Overdue));
    }

    [SkippableFact]
    public async Task A_deadline_running_into_a_year_without_holiday_data_is_reported_until_the_year_is_loaded()
    {
        Skip.If(_store.Unavailable is not null, _store.Unavailable);
        var (township, _) = await BuildTownshipAsync();
        await new ComplianceSites(Services).ArticleAsync(township, "年末信息", "col-e1", "entry-e1", new DateOnly(2026, 12, 28), null);
        _clock.Now = new DateTimeOffset(2026, 12, 28, 2, 0, 0, TimeSpan.Zero);

        var before = await Reports.ForSiteAsync(township);
        // Counted Monday to Friday from 2026-12-28: 12-29..31 (3), 2027-01-01 (4), 01-04..08 (9), ..01-22 (19), 01-25 (20).
        Assert.Equal(new DateOnly(2027, 1, 25), before.Articles.Single(a => a.Title == "年末信息").Due);
        Assert.Equal([2027], before.UnknownYears);

        await Services.GetRequiredService<HolidayYearStore>().LoadAsync(
            """{"year":2027,"papers":[],"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}""", "2027.json", "测试");
        var after = await Reports.ForSiteAsync(township);

        Assert.Empty(after.UnknownYears);
        Assert.Equal(new DateOnly(2027, 1, 26), after.Articles.Single(a => a.Title == "年末信息").Due);
    }

    /// <summary>
    /// Township 431202001 under county 431202 (which does not run the module). Health columns: 卫生政策 (entry e1,
    /// 20 working days) with an article in each state; 年度工作报告 (e2, 每年1月31日前) empty; 机构职能 (e3, 长期公开) an
    /// empty single page; 依申请公开答复 (e4, a phrase no rule reads) with one article. Entry e5 (实时) has no column;
    /// e6 is not proactive. 工作动态 was last updated 2026-11-10, 通知公告 2026-07-01. The press domain is 未涉及.
    /// </summary>
    private async Task<(Site Site, Dictionary<string, string> Articles)> BuildTownshipAsync()
    {
        var sites = new ComplianceSites(Services);
        await sites.CreateAsync("431202", withModule: false);
        var site = await sites.CreateAsync("431202001");
        await sites.PublishAsync(site,
            [
                new Domain { ContentItemId = "domain-health", Key = "health", Name = "医疗卫生", Order = 1 },
                new Domain { ContentItemId = "domain-press", Key = "press", Name = "新闻出版", Order = 2, NotApplicableReason = "本镇无新闻出版职能" },
            ],
            [
                List("col-news", "工作动态", freshness: FreshnessClass.News),
                List("col-notice", "通知公告", freshness: FreshnessClass.NoticesAndPolicies),
                List("health", "医疗卫生", domain: "health"),
                List("col-e1", "卫生政策", "health", domain: "health"),
                List("col-e2", "年度工作报告", "health", domain: "health"),
                List("col-e3", "机构职能", "health", domain: "health") with { Kind = ColumnKind.SinglePage, Body = "<p>&nbsp;</p>" },
                List("col-e4", "依申请公开答复", "health", domain: "health"),
                List("col-press", "新闻出版", domain: "press"),
            ],
            [
                Entry("entry-e1", "health", "卫生政策", "自信息形成或者变更之日起20个工作日内予以公开", "col-e1"),
                Entry("entry-e2", "health", "年度工作报告", "每年1月31日前", "col-e2"),
                Entry("entry-e3", "health", "机构职能", "长期公开", "col-e3"),
                Entry("entry-e4", "health", "依申请公开答复", UnreadablePhrase, "col-e4"),
                Entry("entry-e5", "health", "突发事件信息", "实时", null),
                Entry("entry-e6", "health", "内部事项", "实时", null, DisclosureMethod.OnRequest),
                Entry("entry-e7", "press", "出版许可", "实时", "col-press"),
            ]);

        var articles = new Dictionary<string, string>
        {
            // Formed 11-02: due 11-30, published 11-20.
            ["按时"] = await sites.ArticleAsync(site, "卫生政策解读（按时）", "col-e1", "entry-e1", new(2026, 11, 2), new(2026, 11, 20)),
            // Formed 10-12: due 11-09, published 11-12 (3 working days late).
            ["迟报"] = await sites.ArticleAsync(site, "卫生政策解读（迟报）", "col-e1", "entry-e1", new(2026, 10, 12), new(2026, 11, 12)),
            // Formed 10-19: due 11-16, still a draft on 11-30 (10 working days late).
            ["逾期"] = await sites.ArticleAsync(site, "卫生政策解读（逾期）", "col-e1", "entry-e1", new(2026, 10, 19), null),
            // Formed 11-20: due 12-18 (14 working days left).
            ["待发布"] = await sites.ArticleAsync(site, "卫生政策解读（待发布）", "col-e1", "entry-e1", new(2026, 11, 20), null),
            // Formed 11-05: due 12-03 (3 working days left).
            ["7日内到期"] = await sites.ArticleAsync(site, "卫生政策解读（7日内到期）", "col-e1", "entry-e1", new(2026, 11, 5), null),
            ["未填日期"] = await sites.ArticleAsync(site, "卫生政策解读（未填日期）", "col-e1", "entry-e1", null, new(2026, 11, 18)),
            ["依申请"] = await sites.ArticleAsync(site, "依申请公开答复", "col-e4", "entry-e4", new(2026, 11, 20), new(2026, 11, 25)),
            ["动态"] = await sites.ArticleAsync(site, "镇党委召开会议", "col-news", null, null, new(2026, 11, 10)),
            ["通知"] = await sites.ArticleAsync(site, "关于秋季防火的通知", "col-notice", null, null, new(2026, 7, 1)),
        };
        return (site, articles);
    }

    private async Task<Site> BuildBlankTownshipAsync()
    {
        var sites = new ComplianceSites(Services);
        var site = await sites.CreateAsync("431202002");
        await sites.PublishAsync(site, [new Domain { ContentItemId = "domain-health", Key = "health", Name = "医疗卫生", Order = 1 }],
            Enumerable.Range(1, 5).Select(i => List($"col-{i}", $"栏目{i}", domain: "health")), []);
        return site;
    }
}

public sealed class SqliteComplianceReportTests : ComplianceReportTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresComplianceReportTests : ComplianceReportTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
