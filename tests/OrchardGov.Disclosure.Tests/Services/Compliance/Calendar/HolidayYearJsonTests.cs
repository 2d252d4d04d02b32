using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Disclosure.Tests.Services.Compliance.Calendar;

public sealed class HolidayYearJsonTests
{
    [Fact]
    public void A_holiday_cn_year_is_read_with_its_papers_and_days()
    {
        const string json = """
            {
                "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
                "year": 2022,
                "papers": ["http://www.gov.cn/zhengce/zhengceku/2021-10/25/content_5644835.htm"],
                "days": [
                    {"name": "国庆节", "date": "2022-10-07", "isOffDay": true},
                    {"name": "国庆节", "date": "2022-10-08", "isOffDay": false}
                ]
            }
            """;

        var year = HolidayYearJson.Parse(json, "2022.json");

        Assert.Equal(2022, year.Year);
        Assert.Equal(["http://www.gov.cn/zhengce/zhengceku/2021-10/25/content_5644835.htm"], year.Papers);
        Assert.Equal(
            [new HolidayDay(new DateOnly(2022, 10, 7), "国庆节", true), new HolidayDay(new DateOnly(2022, 10, 8), "国庆节", false)],
            year.Days);
        Assert.True(year.Known);
    }

    [Fact]
    public void A_year_with_no_days_is_read_as_not_yet_published()
    {
        var year = HolidayYearJson.Parse("""{"year": 2027, "papers": [], "days": []}""", "2027.json");

        Assert.Equal(2027, year.Year);
        Assert.False(year.Known);
    }

    [Fact]
    public void A_written_year_reads_back_the_same()
    {
        var year = new HolidayYear(2023, ["http://www.gov.cn/zhengce/zhengceku/2022-12/08/content_5730844.htm"], [
            new HolidayDay(new DateOnly(2022, 12, 31), "元旦", true),
            new HolidayDay(new DateOnly(2023, 1, 28), "春节", false),
        ]);

        var read = HolidayYearJson.Parse(HolidayYearJson.Write(year), "written");

        Assert.Equal(year.Year, read.Year);
        Assert.Equal(year.Papers, read.Papers);
        Assert.Equal(year.Days, read.Days);
    }

    [Fact]
    public void A_written_year_keeps_chinese_readable_and_uses_the_holiday_cn_names()
    {
        var json = HolidayYearJson.Write(new HolidayYear(2022, [], [new HolidayDay(new DateOnly(2022, 10, 8), "国庆节", false)]));

        Assert.Contains("\"name\": \"国庆节\"", json);
        Assert.Contains("\"date\": \"2022-10-08\"", json);
        Assert.Contains("\"isOffDay\": false", json);
        Assert.Contains("\"year\": 2022", json);
        Assert.Contains('\n', json);
    }
}
