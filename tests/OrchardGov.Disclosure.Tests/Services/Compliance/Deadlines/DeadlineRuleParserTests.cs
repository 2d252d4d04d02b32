using OrchardGov.Disclosure.Services.Compliance.Deadlines;

namespace OrchardGov.Disclosure.Tests.Services.Compliance.Deadlines;

public sealed class DeadlineRuleParserTests
{
    [Theory]
    [InlineData("自信息形成或者变更之日起20个工作日内", 20)]
    [InlineData("自信息形成或者变更之日起20个工作日内予以公开", 20)]
    [InlineData("信息形成或变更之日起20个工作日内公开", 20)]
    [InlineData("信息形成(变更)20个工作日内", 20)]
    [InlineData("信息形成之日起7个工作日内公开", 7)]
    [InlineData("在信息变更之日起15个工作日内更新", 15)]
    [InlineData("于信息形成后10个工作日内发布", 10)]
    [InlineData("20个工作日内", 20)]
    public void Working_days_counted_from_the_information_being_formed_or_changed_are_read_with_their_count(string phrase, int days)
    {
        Assert.Equal(new DeadlineRule(DeadlineKind.WorkingDaysAfterFormed, Days: days), DeadlineRuleParser.Parse(phrase).Rule);
    }

    [Theory]
    [InlineData("自作出行政决定之日起7个工作日内")]
    [InlineData("自作出决定之日起7个工作日内")]
    [InlineData("决定作出之日起7个工作日内公开")]
    [InlineData("自决定做出之日起7个工作日内")]
    [InlineData("自文件印发之日起7个工作日内公开")]
    [InlineData("印发之日起7个工作日内")]
    [InlineData("制发之日起7个工作日内")]
    public void A_decision_or_a_document_being_issued_starts_the_count_as_formation_does(string phrase)
    {
        Assert.Equal(new DeadlineRule(DeadlineKind.WorkingDaysAfterFormed, Days: 7), DeadlineRuleParser.Parse(phrase).Rule);
    }

    [Theory]
    [InlineData("自信息形成或者变更之日起２０个工作日内")]
    [InlineData("自信息形成或者变更之日起二十个工作日内")]
    [InlineData("信息形成（变更）20个工作日内")]
    [InlineData(" 自信息形成或者变更之日起 20 个工作日内。")]
    [InlineData("自信息形成或者变更之日起　20　个工作日内")]
    public void Full_width_digits_chinese_numerals_full_width_brackets_and_spaces_read_as_the_plain_spelling(string phrase)
    {
        Assert.Equal(new DeadlineRule(DeadlineKind.WorkingDaysAfterFormed, Days: 20), DeadlineRuleParser.Parse(phrase).Rule);
    }

    [Theory]
    [InlineData("自信息形成或者变更之日起30日内", 30)]
    [InlineData("信息形成之日起15天内公开", 15)]
    [InlineData("三十日内", 30)]
    public void Days_without_working_are_read_as_calendar_days(string phrase, int days)
    {
        Assert.Equal(new DeadlineRule(DeadlineKind.CalendarDaysAfterFormed, Days: days), DeadlineRuleParser.Parse(phrase).Rule);
    }

    [Theory]
    [InlineData("实时", DeadlineKind.SameDay)]
    [InlineData("实时公开", DeadlineKind.SameDay)]
    [InlineData("即时", DeadlineKind.SameDay)]
    [InlineData("及时", DeadlineKind.Promptly)]
    [InlineData("及时公开", DeadlineKind.Promptly)]
    [InlineData("及时回应", DeadlineKind.Promptly)]
    [InlineData("及时更新", DeadlineKind.Promptly)]
    [InlineData("长期公开", DeadlineKind.Standing)]
    [InlineData("常态化公开", DeadlineKind.Standing)]
    [InlineData("长期", DeadlineKind.Standing)]
    [InlineData("不计时限", DeadlineKind.NotTimed)]
    public void Words_without_a_count_are_read_as_their_kind(string phrase, DeadlineKind kind)
    {
        Assert.Equal(new DeadlineRule(kind), DeadlineRuleParser.Parse(phrase).Rule);
    }

    [Theory]
    [InlineData("每年1月31日前", 1, 31)]
    [InlineData("每年1月31日之前公开", 1, 31)]
    [InlineData("每年十二月三十一日前", 12, 31)]
    [InlineData("每年3月底前", 3, 31)]
    [InlineData("每年2月底前", 2, 29)]
    [InlineData("每年第一季度", 3, 31)]
    [InlineData("每年一季度内", 3, 31)]
    [InlineData("每年上半年", 6, 30)]
    [InlineData("每年下半年", 12, 31)]
    public void A_yearly_date_or_part_of_the_year_is_read_as_the_last_day_to_publish(string phrase, int month, int day)
    {
        Assert.Equal(new DeadlineRule(DeadlineKind.Annually, Month: month, Day: day), DeadlineRuleParser.Parse(phrase).Rule);
    }

    [Theory]
    [InlineData("每季度结束后20个工作日内", DeadlineKind.AfterQuarter, 20)]
    [InlineData("每季度后15个工作日内", DeadlineKind.AfterQuarter, 15)]
    [InlineData("季度结束后10个工作日内公开", DeadlineKind.AfterQuarter, 10)]
    [InlineData("每月结束后10个工作日内", DeadlineKind.AfterMonth, 10)]
    [InlineData("每月结束后五个工作日内发布", DeadlineKind.AfterMonth, 5)]
    public void Working_days_after_each_quarter_or_month_are_read_as_a_periodic_rule(string phrase, DeadlineKind kind, int days)
    {
        Assert.Equal(new DeadlineRule(kind, Days: days), DeadlineRuleParser.Parse(phrase).Rule);
    }

    [Theory]
    [InlineData("每月10日前", 10)]
    [InlineData("每月5日之前公开", 5)]
    public void A_day_of_every_month_is_read_as_a_monthly_date(string phrase, int day)
    {
        Assert.Equal(new DeadlineRule(DeadlineKind.MonthlyByDate, Day: day), DeadlineRuleParser.Parse(phrase).Rule);
    }

    [Fact]
    public void A_read_phrase_keeps_the_words_as_written_and_has_no_problem()
    {
        var parse = DeadlineRuleParser.Parse(" 及时公开 ");

        Assert.True(parse.Parsed);
        Assert.Equal(" 及时公开 ", parse.Phrase);
        Assert.Null(parse.Problem);
    }
}
