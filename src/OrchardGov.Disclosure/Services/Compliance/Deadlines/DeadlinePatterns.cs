using System.Text.RegularExpressions;

namespace OrchardGov.Disclosure.Services.Compliance.Deadlines;

/// <summary>
/// The wordings of a single deadline that are read as a rule. Each pattern must match a whole clause, so no word
/// (another event, another number) can be passed over.
/// </summary>
internal static partial class DeadlinePatterns
{
    private const string Publish = "(?:予以|进行)?(?:公开|发布|公布|更新|调整)?";

    private const string Formation =
        "(?:信息形成或者变更|信息形成或变更|信息形成\\(变更\\)|信息形成、变更|信息形成|信息变更"
        + "|(?:作出|做出)(?:行政)?决定|(?:行政)?决定(?:作出|做出)|(?:文件)?(?:印发|制发))";

    public static DeadlineRule? Read(string clause)
    {
        if (AfterFormation().Match(clause) is { Success: true } formed)
        {
            var kind = formed.Groups["unit"].Value.Contains("工作日")
                ? DeadlineKind.WorkingDaysAfterFormed
                : DeadlineKind.CalendarDaysAfterFormed;
            return new DeadlineRule(kind, Days: int.Parse(formed.Groups["days"].Value));
        }
        if (AfterPeriod().Match(clause) is { Success: true } afterPeriod)
        {
            var kind = afterPeriod.Groups["period"].Value.Contains("季度") ? DeadlineKind.AfterQuarter : DeadlineKind.AfterMonth;
            return new DeadlineRule(kind, Days: int.Parse(afterPeriod.Groups["days"].Value));
        }
        if (AnnualDate().Match(clause) is { Success: true } annual)
        {
            var month = int.Parse(annual.Groups["month"].Value);
            var day = annual.Groups["day"].Success ? int.Parse(annual.Groups["day"].Value) : LastDayOf(month);
            return new DeadlineRule(DeadlineKind.Annually, Month: month, Day: day);
        }
        if (AnnualPart().Match(clause) is { Success: true } part)
        {
            var month = part.Groups["quarter"].Success ? QuarterNumber(part.Groups["quarter"].Value[0]) * 3 : part.Groups["half"].Value == "上" ? 6 : 12;
            return new DeadlineRule(DeadlineKind.Annually, Month: month, Day: LastDayOf(month));
        }
        if (MonthlyDate().Match(clause) is { Success: true } monthly)
        {
            return new DeadlineRule(DeadlineKind.MonthlyByDate, Day: int.Parse(monthly.Groups["day"].Value));
        }
        return clause switch
        {
            _ when SameDay().IsMatch(clause) => new DeadlineRule(DeadlineKind.SameDay),
            _ when Promptly().IsMatch(clause) => new DeadlineRule(DeadlineKind.Promptly),
            "长期公开" or "常态化公开" or "长期" => new DeadlineRule(DeadlineKind.Standing),
            "不计时限" => new DeadlineRule(DeadlineKind.NotTimed),
            _ => null,
        };
    }

    // A leap year, so that 每年2月底前 is the 29th, which a common year cuts to the 28th.
    private static int LastDayOf(int month) => month is >= 1 and <= 12 ? DateTime.DaysInMonth(2024, month) : 0;

    private static int QuarterNumber(char quarter) => quarter switch
    {
        '1' or '一' => 1,
        '2' or '二' => 2,
        '3' or '三' => 3,
        _ => 4,
    };

    // An optional subject such as 医疗卫生机构应当, then an optional formation event, then the count.
    [GeneratedRegex("^(?:[^,;。0-9后时前起日]{1,16}应当)?(?:(?:自|在|于|从)?该?" + Formation + "(?:之日起|之日|以后|之后|起|后)?)?"
        + "(?<days>[0-9]{1,4})(?<unit>个工作日|工作日|个自然日|自然日|日|天)以?内" + Publish + "$")]
    private static partial Regex AfterFormation();

    [GeneratedRegex("^(?:于|在)?(?<period>每季度|每个季度|季度|每月|每个月)(?:结束)?(?:以后|之后|后)(?<days>[0-9]{1,4})个?工作日以?内" + Publish + "$")]
    private static partial Regex AfterPeriod();

    [GeneratedRegex("^(?:于|在)?每年(?<month>[0-9]{1,2})月(?:(?<day>[0-9]{1,2})日|底|末)之?前" + Publish + "$")]
    private static partial Regex AnnualDate();

    [GeneratedRegex("^(?:于|在)?每年(?:第?(?<quarter>[1-4一二三四])季度|(?<half>上|下)半年)内?" + Publish + "$")]
    private static partial Regex AnnualPart();

    [GeneratedRegex("^(?:于|在)?每月(?<day>[0-9]{1,2})日之?前" + Publish + "$")]
    private static partial Regex MonthlyDate();

    [GeneratedRegex("^(?:实时|即时)(?:公开|发布|更新)?$")]
    private static partial Regex SameDay();

    [GeneratedRegex("^及时(?:公开|发布|更新|回应)?$")]
    private static partial Regex Promptly();
}
