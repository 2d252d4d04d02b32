using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Compliance;
using OrchardGov.Disclosure.Services.Compliance.Calendar;
using OrchardGov.Disclosure.Services.Compliance.Deadlines;
using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Tests.Services.Compliance;

/// <summary>One article against a 20-working-day rule on Monday 2026-11-30; 2026-11-02 + 20 working days is 11-30.</summary>
public sealed class ArticleDeadlineCheckTests
{
    private static readonly DeadlineRule TwentyWorkingDays = new(DeadlineKind.WorkingDaysAfterFormed, 20);
    private static readonly EntryFact Entry = new("e1", "health", "类别", "卫生政策", DisclosureMethod.Proactive, "c1", "20个工作日内");
    private readonly ComplianceRun _run = new(WorkingDayCalendar.Shipped, new DateOnly(2026, 11, 30));

    [Fact]
    public void Published_on_its_due_date_is_on_time()
    {
        var version = Version(formed: new(2026, 11, 2), published: new(2026, 11, 30));

        var finding = ArticleDeadlineCheck.Check(version, version, Entry, TwentyWorkingDays, _run);

        Assert.Equal((ArticleState.OnTime, new DateOnly(2026, 11, 30)), (finding!.State, finding.Due!.Value));
    }

    [Fact]
    public void An_article_taken_off_the_site_is_not_reported_overdue()
    {
        var withdrawn = Version(formed: new(2026, 10, 1), published: new(2026, 10, 9)) with { Published = false };

        Assert.Null(ArticleDeadlineCheck.Check(withdrawn, null, Entry, TwentyWorkingDays, _run));
    }

    [Fact]
    public void A_draft_never_published_is_overdue_once_its_due_date_has_passed()
    {
        var draft = Version(formed: new(2026, 10, 19), published: null) with { Published = false, HasIndexNumber = false };

        var finding = ArticleDeadlineCheck.Check(draft, null, Entry, TwentyWorkingDays, _run);

        Assert.Equal((ArticleState.Overdue, 10), (finding!.State, finding.WorkingDaysLate!.Value));
    }

    [Fact]
    public void A_formation_date_typed_far_in_the_future_is_treated_as_missing_rather_than_breaking_the_report()
    {
        var version = Version(formed: new(9999, 12, 1), published: new(2026, 11, 2));

        Assert.Equal(ArticleState.Undated, ArticleDeadlineCheck.Check(version, version, Entry, TwentyWorkingDays, _run)!.State);
    }

    private static ArticleFact Version(DateOnly? formed, DateOnly? published) =>
        new("a1", "卫生政策解读", "c1", "e1", formed, published, Latest: true, Published: published is not null);
}
