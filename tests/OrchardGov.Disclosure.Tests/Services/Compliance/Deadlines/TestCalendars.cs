using System.Globalization;
using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Disclosure.Tests.Services.Compliance.Deadlines;

/// <summary>Calendars built here rather than from the shipped data, so the expected dates below can be checked against the notices by hand.</summary>
internal static class TestCalendars
{
    /// <summary>The State Council's 2022 and 2025 holiday notices; every other year is counted Monday to Friday and reported unknown.</summary>
    public static WorkingDayCalendar Notices2022And2025 => new(
    [
        Year(2022,
            off: "01-01 01-02 01-03 01-31 02-01 02-02 02-03 02-04 02-05 02-06 04-03 04-04 04-05 04-30 05-01 05-02 05-03 05-04 "
                + "06-03 06-04 06-05 09-10 09-11 09-12 10-01 10-02 10-03 10-04 10-05 10-06 10-07",
            worked: "01-29 01-30 04-02 04-24 05-07 10-08 10-09"),
        Year(2025,
            off: "01-01 01-28 01-29 01-30 01-31 02-01 02-02 02-03 02-04 04-04 04-05 04-06 05-01 05-02 05-03 05-04 05-05 "
                + "05-31 06-01 06-02 10-01 10-02 10-03 10-04 10-05 10-06 10-07 10-08",
            worked: "01-26 02-08 04-27 09-28 10-11"),
    ]);

    /// <summary>A calendar with no notice loaded, for rules that must not need one.</summary>
    public static WorkingDayCalendar NoNotices => new([]);

    private static HolidayYear Year(int year, string off, string worked) => new(year, [],
    [
        .. Days(year, off).Select(date => new HolidayDay(date, "休", IsOffDay: true)),
        .. Days(year, worked).Select(date => new HolidayDay(date, "班", IsOffDay: false)),
    ]);

    private static IEnumerable<DateOnly> Days(int year, string monthDays) =>
        monthDays.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(md => DateOnly.ParseExact($"{year}-{md}", "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
