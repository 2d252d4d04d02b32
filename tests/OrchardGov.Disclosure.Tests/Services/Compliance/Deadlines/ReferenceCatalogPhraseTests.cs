using OrchardGov.Disclosure.Services.Compliance.Deadlines;

namespace OrchardGov.Disclosure.Tests.Services.Compliance.Deadlines;

/// <summary>Phrases from the published catalogs in the reference rows, beyond those the shipped recipes carry.</summary>
public sealed class ReferenceCatalogPhraseTests
{
    [Fact]
    public void A_single_deadline_with_a_subject_a_condition_and_a_defer_to_the_law_caveat_is_read_as_that_deadline()
    {
        var parse = DeadlineRuleParser.Parse(
            "主动公开信息内容发生变化的，医疗卫生机构应当自该信息形成或者变更之日起20个工作日内予以调整。法律、法规、规章对更新期限另有规定的，从其规定。");

        Assert.Equal(new DeadlineRule(DeadlineKind.WorkingDaysAfterFormed, Days: 20), parse.Rule);
    }

    [Fact]
    public void A_sic_note_is_set_aside_and_the_count_is_read_as_published()
    {
        var parse = DeadlineRuleParser.Parse("信息形成或者变更之日起21个工作日内 (sic, as published)");

        Assert.Equal(new DeadlineRule(DeadlineKind.WorkingDaysAfterFormed, Days: 21), parse.Rule);
    }

    [Fact]
    public void Real_time_publishing_is_read_as_the_same_day()
    {
        Assert.Equal(new DeadlineRule(DeadlineKind.SameDay), DeadlineRuleParser.Parse("实时公开").Rule);
    }

    [Fact]
    public void An_application_answer_period_marked_as_published_is_still_a_problem()
    {
        Assert.Contains("接到申请", DeadlineRuleParser.Parse("接到申请之日起20个工作日内 (as published)").Problem);
    }

    [Fact]
    public void Two_deadlines_separated_by_a_half_width_semicolon_are_a_problem()
    {
        var parse = DeadlineRuleParser.Parse("自信息形成或者变更之日起20个工作日内予以公开; 自信息形成或者变更之日起7个工作日内予以公开");

        Assert.Contains("含两个时限", parse.Problem);
    }

    [Fact]
    public void A_consultation_period_with_a_half_width_semicolon_is_a_problem()
    {
        var parse = DeadlineRuleParser.Parse("向社会公开征求意见期限一般不少于30日;因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明");

        Assert.Contains("不少于30日", parse.Problem);
    }
}
