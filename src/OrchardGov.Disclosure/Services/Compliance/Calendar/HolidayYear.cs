namespace OrchardGov.Disclosure.Services.Compliance.Calendar;

/// <summary>
/// One year's statutory holidays and 调休 working days, as the State Council's notice sets them. A date not listed
/// follows the plain rule (Monday to Friday work). A year whose notice is not loaded has no <see cref="Days"/> and
/// <see cref="Known"/> false.
/// </summary>
public sealed record HolidayYear(int Year, IReadOnlyList<string> Papers, IReadOnlyList<HolidayDay> Days)
{
    public bool Known => Days.Count > 0;
}

/// <summary>A listed day: <see cref="IsOffDay"/> true for a day off (also on a weekday), false for a weekend day worked (调休上班).</summary>
public sealed record HolidayDay(DateOnly Date, string Name, bool IsOffDay);
