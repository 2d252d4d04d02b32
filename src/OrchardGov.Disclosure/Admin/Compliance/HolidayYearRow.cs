using OrchardGov.ContentManagement;
using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Disclosure.Admin.Compliance;

/// <summary>A year of the calendar page: where its holidays come from, how many days it lists, and whether it is known.</summary>
public sealed record HolidayYearRow(int Year, string Source, int OffDays, int WorkedWeekendDays, bool Known, bool Loaded)
{
    public const int FirstYear = 2007;

    public string State => Known ? "已知" : "未知：按周一至周五计算";

    /// <summary>Every year from 2007 to the year after the latest known one, as the calendar in force has it.</summary>
    public static IReadOnlyList<HolidayYearRow> List(WorkingDayCalendar calendar, IReadOnlyList<HolidayYearRecord> loaded)
    {
        var shipped = WorkingDayCalendar.Shipped.Years.Select(y => y.Year).ToHashSet();
        var byYear = calendar.Years.ToDictionary(y => y.Year);
        var loadedByYear = loaded.ToDictionary(r => r.Year);
        var last = calendar.Years.Where(y => y.Known).Select(y => y.Year).DefaultIfEmpty(FirstYear).Max() + 1;
        last = Math.Max(last, loaded.Select(r => r.Year).DefaultIfEmpty(last).Max());
        return [.. Enumerable.Range(FirstYear, last - FirstYear + 1).Select(year =>
        {
            var days = byYear.TryGetValue(year, out var known) ? known.Days : [];
            var source = loadedByYear.TryGetValue(year, out var record)
                ? $"管理员载入：{record.LoadedBy}，{ChinaTime.Format(record.LoadedUtc)}"
                : shipped.Contains(year) ? "随版本提供" : "无";
            return new HolidayYearRow(year, source, days.Count(d => d.IsOffDay), days.Count(d => !d.IsOffDay), days.Count > 0, record is not null);
        })];
    }
}
