using OrchardGov.ContentManagement;
using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Disclosure.Tests.Services.Compliance.Calendar;

public sealed class HolidayYearJsonRefusalTests
{
    private const string Source = "上传的 2022.json";

    private static string Refusal(string json) =>
        Assert.Throws<UserInputException>(() => HolidayYearJson.Parse(json, Source)).Message;

    private static string YearWithDays(params string[] days) =>
        $$"""{"year": 2022, "papers": [], "days": [{{string.Join(",", days)}}]}""";

    private static string Day(string date, string offDay = "true") =>
        $$"""{"name": "国庆节", "date": "{{date}}", "isOffDay": {{offDay}}}""";

    [Fact]
    public void An_impossible_date_is_named_with_its_item_number()
    {
        var message = Refusal(YearWithDays(Day("2022-10-01"), Day("2022-10-02"), Day("2022-13-01")));

        Assert.StartsWith(Source + "：", message);
        Assert.Contains("第 3 项的日期 “2022-13-01” 不是有效日期", message);
    }

    [Fact]
    public void A_date_outside_the_year_is_refused() =>
        Assert.Contains("第 1 项的日期 “2021-05-01” 不在 2022 年内", Refusal(YearWithDays(Day("2021-05-01"))));

    [Fact]
    public void A_date_in_the_december_before_is_accepted_because_notices_move_those_days_for_yuandan()
    {
        var year = HolidayYearJson.Parse(YearWithDays(Day("2021-12-31")), Source);

        Assert.Equal(new DateOnly(2021, 12, 31), year.Days.Single().Date);
    }

    [Fact]
    public void A_date_listed_twice_names_both_items() =>
        Assert.Contains(
            "第 3 项的日期 “2022-10-01” 与第 1 项重复",
            Refusal(YearWithDays(Day("2022-10-01"), Day("2022-10-02"), Day("2022-10-01", "false"))));

    [Fact]
    public void A_day_without_is_off_day_is_refused() =>
        Assert.Contains(
            "第 1 项缺少 “isOffDay”",
            Refusal("""{"year": 2022, "days": [{"name": "国庆节", "date": "2022-10-08"}]}"""));

    [Fact]
    public void An_is_off_day_that_is_not_true_or_false_is_refused() =>
        Assert.Contains("“isOffDay” 应是 true（放假）或 false（调休上班）", Refusal(YearWithDays(Day("2022-10-08", "\"否\""))));

    [Fact]
    public void A_missing_year_is_refused() =>
        Assert.Contains("缺少 “year”", Refusal("""{"papers": [], "days": []}"""));

    [Fact]
    public void A_year_in_words_is_refused() =>
        Assert.Contains("“year” 应是数字年份", Refusal("""{"year": "二〇二二", "days": []}"""));

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void A_year_outside_2000_to_2100_is_refused(int year) =>
        Assert.Contains($"年份 {year} 不在 2000 到 2100 之间", Refusal($$"""{"year": {{year}}, "days": []}"""));

    [Fact]
    public void Text_that_is_not_json_is_refused_with_its_line()
    {
        var message = Refusal("{\n  \"year\": 2022,\n  days: []\n}");

        Assert.StartsWith(Source + "：不是有效的 JSON", message);
        Assert.Contains("第 3 行", message);
    }

    [Fact]
    public void A_year_without_a_days_list_is_refused_and_told_how_to_say_not_yet_published() =>
        Assert.Contains("\"days\": []", Refusal("""{"year": 2022}"""));

    [Fact]
    public void A_day_without_a_name_is_refused() =>
        Assert.Contains("第 1 项缺少节日名称 “name”", Refusal("""{"year": 2022, "days": [{"date": "2022-10-08", "isOffDay": false}]}"""));
}
