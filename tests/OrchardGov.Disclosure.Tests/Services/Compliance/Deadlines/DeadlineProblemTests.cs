using OrchardGov.Disclosure.Services.Compliance.Deadlines;

namespace OrchardGov.Disclosure.Tests.Services.Compliance.Deadlines;

public sealed class DeadlineProblemTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void A_blank_time_limit_is_a_problem_saying_it_was_not_filled_in(string phrase)
    {
        AssertProblem(phrase, "未填写公开时限");
    }

    [Theory]
    [InlineData("自信息形成或者变更之日起20个工作日内予以公开；结果信息自信息形成或者变更之日起7个工作日内予以公开")]
    [InlineData("自信息形成或者变更之日起20个工作日内予以公开，结果信息自信息形成或者变更之日起7个工作日内予以公开")]
    [InlineData("自信息形成或者变更之日起20个工作日内予以公开; 自信息形成或者变更之日起7个工作日内予以公开")]
    [InlineData("自信息形成之日起20个工作日内或自作出决定之日起7个工作日内")]
    public void Two_different_deadlines_in_one_phrase_are_a_problem_naming_both(string phrase)
    {
        AssertProblem(phrase, "含两个时限（20个工作日、7个工作日）");
    }

    [Fact]
    public void Two_deadlines_of_different_kinds_are_a_problem_naming_both()
    {
        AssertProblem("每年1月31日前；及时公开", "含两个时限（每年1月31日前、及时）");
    }

    [Theory]
    [InlineData("公示期不少于30日", "“不少于30日”是公示或征求意见的最短期限")]
    [InlineData("向社会公开征求意见期限一般不少于30日；因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明", "“不少于30日”是公示或征求意见的最短期限")]
    [InlineData("自信息形成之日起20个工作日内公开，公示时间不少于10个工作日", "“不少于10个工作日”是公示或征求意见的最短期限")]
    public void A_minimum_period_is_a_problem_because_it_is_how_long_to_keep_something_up_not_when_to_publish(string phrase, string reason)
    {
        AssertProblem(phrase, reason);
    }

    [Theory]
    [InlineData("自收到申请之日起20个工作日内", "时限从“收到申请”起算")]
    [InlineData("接到申请之日起20个工作日内 (as published)", "时限从“接到申请”起算")]
    [InlineData("拟征收土地现状调查结束后5个工作日内", "时限从“拟征收土地现状调查结束”起算")]
    [InlineData("政策性文件公开后3个工作日内发布", "时限从“政策性文件公开”起算")]
    [InlineData("在实地启动拟征收土地工作时公开", "在“实地启动拟征收土地工作”时公开")]
    public void A_deadline_counted_from_an_event_other_than_formation_is_a_problem_naming_the_event(string phrase, string reason)
    {
        AssertProblem(phrase, reason);
    }

    [Fact]
    public void A_time_limit_for_answering_an_application_says_it_is_not_a_proactive_deadline()
    {
        AssertProblem("自收到申请之日起20个工作日内", "依申请公开的答复期限");
    }

    [Theory]
    [InlineData("《听证通知书》在组织听证7个工作日前予以公开", "“组织听证7个工作日前”是某一事件之前的期限")]
    [InlineData("会议召开3日前公开", "“会议召开3日前”是某一事件之前的期限")]
    public void Days_before_an_event_are_a_problem_naming_the_event(string phrase, string reason)
    {
        AssertProblem(phrase, reason);
    }

    [Theory]
    [InlineData("自信息形成之日起20个工作日内，保存5年", "无法识别“保存5年”")]
    [InlineData("每季度结束后20日内", "无法识别“每季度结束后20日内”")]
    [InlineData("信息形成之日起20个工作日内（暂定）", "无法识别")]
    [InlineData("按上级要求", "无法识别“按上级要求”")]
    [InlineData("法律、法规另有规定的，从其规定", "没有可以计算的时限")]
    public void Words_or_numbers_no_pattern_recognises_are_a_problem_quoting_them(string phrase, string reason)
    {
        AssertProblem(phrase, reason);
    }

    [Theory]
    [InlineData("每年2月30日前", "“2月30日”不是有效日期")]
    [InlineData("每年13月1日前", "“13月1日”不是有效日期")]
    [InlineData("每月32日前", "“每月32日”不是有效日期")]
    [InlineData("自信息形成之日起0个工作日内", "天数应在1至366之间")]
    public void A_recognised_wording_with_an_impossible_date_or_count_is_a_problem(string phrase, string reason)
    {
        AssertProblem(phrase, reason);
    }

    [Fact]
    public void Every_problem_tells_the_person_what_to_do()
    {
        Assert.EndsWith("请为该事项设定时限规则。", DeadlineRuleParser.Parse("按上级要求").Problem);
    }

    private static void AssertProblem(string phrase, string reason)
    {
        var parse = DeadlineRuleParser.Parse(phrase);

        Assert.Null(parse.Rule);
        Assert.False(parse.Parsed);
        Assert.Contains(reason, parse.Problem);
    }
}
