using System.Text.RegularExpressions;

namespace OrchardGov.Disclosure.Services.Compliance.Deadlines;

/// <summary>Why a 公开时限 cannot be read as one rule, in words the person who settles it by hand can act on.</summary>
internal static partial class DeadlineProblems
{
    private const string Count = "[0-9]{1,4}(?:个工作日|工作日|个自然日|自然日|日|天)";
    private const string WhatToDo = "：请为该事项设定时限规则。";

    public const string Blank = "未填写公开时限：请填写该事项的公开时限，或为其设定时限规则。";

    public static string Explain(IReadOnlyList<string> clauses)
    {
        List<string> reasons = [.. SeveralDeadlines(clauses)];
        foreach (var clause in clauses)
        {
            reasons.AddRange(MinimumPeriods(clause));
            reasons.AddRange(BeforeEvents(clause));
            reasons.AddRange(AtEvents(clause));
            reasons.AddRange(OtherStartEvents(clause));
        }
        if (clauses.Count == 0)
        {
            reasons.Add("公开时限中没有可以计算的时限");
        }
        else if (reasons.Count == 0)
        {
            var unread = clauses.Where(clause => DeadlinePatterns.Read(clause) is null).Select(clause => $"“{clause}”");
            reasons.Add($"无法识别{string.Join("、", unread)}（可识别的写法如“自信息形成或者变更之日起20个工作日内”“每年1月31日前”“每季度结束后20个工作日内”“实时”“及时”“长期公开”）");
        }
        return string.Join("；", reasons.Distinct()) + WhatToDo;
    }

    public static string? OutOfRange(DeadlineRule rule) => rule.Kind switch
    {
        DeadlineKind.Annually when rule.Month is < 1 or > 12 || rule.Day < 1 || rule.Day > DateTime.DaysInMonth(2024, rule.Month) =>
            $"“{rule.Month}月{rule.Day}日”不是有效日期" + WhatToDo,
        DeadlineKind.MonthlyByDate when rule.Day is < 1 or > 31 => $"“每月{rule.Day}日”不是有效日期" + WhatToDo,
        DeadlineKind.WorkingDaysAfterFormed or DeadlineKind.CalendarDaysAfterFormed or DeadlineKind.AfterQuarter or DeadlineKind.AfterMonth
            when rule.Days is < 1 or > 366 => $"时限“{rule.Description}”的天数应在1至366之间" + WhatToDo,
        _ => null,
    };

    private static IEnumerable<string> SeveralDeadlines(IReadOnlyList<string> clauses)
    {
        var deadlines = clauses
            .SelectMany(clause => DeadlinePatterns.Read(clause) is { } rule
                ? [Label(rule)]
                : WithinCount().Matches(clause).Select(m => m.Groups["count"].Value.Replace("天", "日")))
            .Distinct()
            .ToList();
        if (deadlines.Count > 1)
        {
            yield return $"含{NumberWord(deadlines.Count)}个时限（{string.Join("、", deadlines)}），无法确定按哪个计算";
        }
    }

    private static IEnumerable<string> MinimumPeriods(string clause) =>
        MinimumCount().Matches(clause).Select(m => $"“{m.Value}”是公示或征求意见的最短期限，不是公开时限");

    private static IEnumerable<string> BeforeEvents(string clause) =>
        BeforeCount().Matches(clause).Select(m =>
            $"“{EventBefore(clause, m.Index)}{m.Value}”是某一事件之前的期限，无法从信息形成或者变更之日起计算");

    private static IEnumerable<string> AtEvents(string clause) =>
        AtEvent().Matches(clause).Select(m =>
            $"在“{m.Groups["event"].Value}”时公开，以该事件为准，而非信息形成或者变更之日");

    private static IEnumerable<string> OtherStartEvents(string clause)
    {
        if (DeadlinePatterns.Read(clause) is not null)
        {
            yield break;
        }
        foreach (Match within in StartThenCount().Matches(clause))
        {
            var startEvent = EventBefore(clause, within.Groups["start"].Index);
            if (KnownStart().IsMatch(startEvent))
            {
                continue;
            }
            foreach (var alternative in startEvent.Split('或', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return alternative.Contains("同步")
                    ? $"“{alternative}”以另一文件的发布为准，不是自信息形成起算的时限"
                    : $"时限从“{alternative}”起算，而非信息形成或者变更之日" + (alternative.Contains("申请") ? "（这是依申请公开的答复期限，不是主动公开的时限）" : "");
            }
        }
    }

    // The event is what the clause says after its last 在/自/于/从, so a subject such as 《听证通知书》 is left out.
    private static string EventBefore(string clause, int end)
    {
        var before = clause[..end];
        var start = before.LastIndexOfAny(['在', '自', '于', '从']);
        return before[(start + 1)..];
    }

    private static string Label(DeadlineRule rule) => rule.Kind switch
    {
        DeadlineKind.WorkingDaysAfterFormed => $"{rule.Days}个工作日",
        DeadlineKind.CalendarDaysAfterFormed => $"{rule.Days}日",
        _ => rule.Description,
    };

    private static string NumberWord(int count) => count < 10 ? "零一两三四五六七八九"[count].ToString() : count.ToString();

    [GeneratedRegex("(?<![0-9])(?<count>" + Count + ")以?内")]
    private static partial Regex WithinCount();

    [GeneratedRegex("(?:不少于|不得少于|不低于|至少)" + Count)]
    private static partial Regex MinimumCount();

    [GeneratedRegex("(?<![0-9月])" + Count + "以?前")]
    private static partial Regex BeforeCount();

    [GeneratedRegex("(?:在|于)(?<event>[^,;。]+?)(?<![实及即同适])时(?![间限])")]
    private static partial Regex AtEvent();

    // A start event is named only where the clause marks one (之日起, 后, 起); a bare count has none to name.
    [GeneratedRegex("(?<start>之日起|之日|以后|之后|起|后)" + Count + "以?内")]
    private static partial Regex StartThenCount();

    // Loose on purpose: it only keeps a known start out of the message, the reading itself is strict.
    [GeneratedRegex("形成|变更|决定|印发|制发|季度|每月")]
    private static partial Regex KnownStart();
}
