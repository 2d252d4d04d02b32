using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Disclosure.Tests.Services.Compliance.Calendar;

public sealed class ShippedHolidayYearsTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Shipped;

    [Fact]
    public void Every_year_from_2007_to_2027_is_shipped()
    {
        Assert.Equal(Enumerable.Range(2007, 21), Calendar.Years.Select(year => year.Year));
        Assert.All(Calendar.Years.Where(year => year.Known), year => Assert.NotEmpty(year.Papers));
    }

    [Fact]
    public void The_calendar_knows_2007_to_2026_and_not_2027_whose_notice_was_not_out()
    {
        Assert.All(Enumerable.Range(2007, 20), year => Assert.True(Calendar.Knows(year), $"{year} should be known"));
        Assert.False(Calendar.Knows(2027));
        Assert.False(Calendar.Knows(2006));
        Assert.False(Calendar.Knows(2028));
    }

    [Fact]
    public void Every_shipped_year_reads_back_the_same_after_writing()
    {
        Assert.All(Calendar.Years, year =>
        {
            var read = HolidayYearJson.Parse(HolidayYearJson.Write(year), $"{year.Year}.json");
            Assert.Equal(year.Papers, read.Papers);
            Assert.Equal(year.Days, read.Days);
        });
    }

    [Fact]
    public void The_shipped_calendar_is_built_once() => Assert.Same(WorkingDayCalendar.Shipped, WorkingDayCalendar.Shipped);
}
