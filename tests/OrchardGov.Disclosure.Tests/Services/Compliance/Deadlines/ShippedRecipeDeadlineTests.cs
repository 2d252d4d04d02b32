using System.Text.Json;
using OrchardGov.Disclosure.Services.Compliance.Deadlines;

namespace OrchardGov.Disclosure.Tests.Services.Compliance.Deadlines;

/// <summary>
/// Every 公开时限 the shipped recipes carry, with what it must read as, written out by a person. A phrase missing
/// from the table fails, so no new wording can reach a site misread without someone deciding what it means.
/// </summary>
public sealed class ShippedRecipeDeadlineTests
{
    private static readonly DeadlineRule? AProblem = null;

    private static readonly Dictionary<string, DeadlineRule?> Expected = new()
    {
        ["自信息形成或者变更之日起20个工作日内予以公开"] = WorkingDays(20),
        ["自信息形成或者变更之日起20个工作日内"] = WorkingDays(20),
        ["信息形成(变更)20个工作日内"] = WorkingDays(20),
        ["信息形成或者变更之日起20个工作日内"] = WorkingDays(20),
        ["信息形成或变更之日起20个工作日内"] = WorkingDays(20),
        ["信息形成或变更之日起20个工作日内公开"] = WorkingDays(20),
        ["信息形成之日起20个工作日内"] = WorkingDays(20),
        ["信息形成之日起7个工作日内公开"] = WorkingDays(7),
        ["自作出行政决定之日起7个工作日内"] = WorkingDays(7),
        ["及时"] = new DeadlineRule(DeadlineKind.Promptly),
        ["及时回应"] = new DeadlineRule(DeadlineKind.Promptly),
        ["实时"] = new DeadlineRule(DeadlineKind.SameDay),
        ["长期公开"] = new DeadlineRule(DeadlineKind.Standing),
        ["每年1月31日前"] = new DeadlineRule(DeadlineKind.Annually, Month: 1, Day: 31),
        ["每季度结束后20个工作日内"] = new DeadlineRule(DeadlineKind.AfterQuarter, Days: 20),
        ["自收到申请之日起20个工作日内"] = AProblem,
        ["在实地启动拟征收土地工作时公开，预公告时间不少于10个工作日"] = AProblem,
        ["拟征收土地现状调查结束后5个工作日内"] = AProblem,
        ["公告时间不少于30日；《听证通知书》在组织听证7个工作日前予以公开"] = AProblem,
        ["自信息形成或者变更之日起20个工作日内予以公开；结果信息自信息形成或者变更之日起7个工作日内予以公开"] = AProblem,
        ["自信息形成或者变更之日起20个工作日内予以公开，结果信息自信息形成或者变更之日起7个工作日内予以公开"] = AProblem,
        ["执法决定信息在决定做出之日起7个工作日内公开，其他相关信息形成或变更之日起20个工作日内公开"] = AProblem,
        ["向社会公开征求意见期限一般不少于30日；因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明"] = AProblem,
        ["与政策性文件同步发布或政策性文件公开后3个工作日内发布"] = AProblem,
    };

    [Fact]
    public void Every_time_limit_in_the_shipped_recipes_reads_as_the_table_says()
    {
        var phrases = ShippedTimeLimits();
        Assert.NotEmpty(phrases);

        var unlisted = phrases.Where(phrase => !Expected.ContainsKey(phrase)).ToList();
        Assert.True(unlisted.Count == 0,
            "The shipped recipes have time limits this test does not list. Decide what each must read as and add it to "
            + $"{nameof(ShippedRecipeDeadlineTests)}.{nameof(Expected)}: " + string.Join(" | ", unlisted));

        Assert.All(phrases, phrase =>
        {
            var parse = DeadlineRuleParser.Parse(phrase);
            if (Expected[phrase] is { } rule)
            {
                Assert.True(rule == parse.Rule, $"“{phrase}” should read as {rule.Description} but {parse.Problem ?? parse.Rule?.Description}");
            }
            else
            {
                Assert.True(parse.Problem is not null, $"“{phrase}” should be a problem but reads as {parse.Rule?.Description}");
            }
        });
    }

    [Fact]
    public void Every_problem_in_the_shipped_recipes_gives_a_reason_beyond_not_recognising_the_words()
    {
        var problems = Expected.Where(pair => pair.Value is null).Select(pair => DeadlineRuleParser.Parse(pair.Key).Problem);

        Assert.All(problems, problem => Assert.DoesNotContain("无法识别", problem));
    }

    private static DeadlineRule WorkingDays(int days) => new(DeadlineKind.WorkingDaysAfterFormed, Days: days);

    private static IReadOnlyList<string> ShippedTimeLimits()
    {
        var recipes = Directory.EnumerateFiles(DisclosureFixture.RecipesFolder, "*.recipe.json", SearchOption.AllDirectories);
        return [.. recipes.SelectMany(TimeLimitsIn).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> TimeLimitsIn(string recipeFile)
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(recipeFile));
        List<string> phrases = [];
        if (!recipe.RootElement.TryGetProperty("steps", out var steps))
        {
            return phrases;
        }
        foreach (var step in steps.EnumerateArray())
        {
            if (!step.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            foreach (var item in data.EnumerateArray())
            {
                if (item.TryGetProperty("ContentType", out var type) && type.GetString() == "CatalogEntry")
                {
                    phrases.Add(TimeLimitOf(item));
                }
            }
        }
        return phrases;
    }

    // An entry without a time limit counts as a blank one, which the table must list like any other phrase.
    private static string TimeLimitOf(JsonElement item) =>
        item.TryGetProperty("CatalogEntry", out var entry)
        && entry.TryGetProperty("TimeLimit", out var timeLimit)
        && timeLimit.TryGetProperty("Text", out var text)
            ? text.GetString() ?? ""
            : "";
}
