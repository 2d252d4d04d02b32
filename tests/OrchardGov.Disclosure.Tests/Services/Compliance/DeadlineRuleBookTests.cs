using OrchardGov.Disclosure.Services.Compliance;
using OrchardGov.Disclosure.Services.Compliance.Calendar;
using OrchardGov.Disclosure.Services.Compliance.Deadlines;

namespace OrchardGov.Disclosure.Tests.Services.Compliance;

public sealed class DeadlineRuleBookTests
{
    private readonly ComplianceRun _run = new(WorkingDayCalendar.Shipped, new DateOnly(2026, 11, 30));

    [Fact]
    public void A_rule_set_for_a_phrase_applies_however_the_phrase_s_line_breaks_were_posted()
    {
        const string inCatalog = "自信息形成或者变更之日起20个工作日内予以公开；\n结果信息自信息形成或者变更之日起7个工作日内予以公开";
        var posted = inCatalog.Replace("\n", "\r\n") + " ";
        var book = new DeadlineRuleBook(new Dictionary<string, string> { [DeadlineRulesStore.KeyOf(posted)] = "7个工作日内" }, _run);

        var reading = book.For(inCatalog);

        Assert.Equal(new DeadlineRule(DeadlineKind.WorkingDaysAfterFormed, 7), reading.Rule);
        Assert.Equal(inCatalog, reading.Phrase);
    }

    [Fact]
    public void Without_a_rule_set_a_phrase_with_two_deadlines_stays_unread()
    {
        var book = new DeadlineRuleBook(new Dictionary<string, string>(), _run);

        Assert.False(book.For("自信息形成或者变更之日起20个工作日内予以公开；结果信息自信息形成或者变更之日起7个工作日内予以公开").Parsed);
    }
}
