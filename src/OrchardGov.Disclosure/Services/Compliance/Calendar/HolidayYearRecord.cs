namespace OrchardGov.Disclosure.Services.Compliance.Calendar;

/// <summary>A year an administrator loaded or corrected (the holiday-cn JSON as given), which replaces the shipped one.</summary>
public sealed class HolidayYearRecord
{
    public int Year { get; set; }
    public required string Json { get; set; }
    public required string LoadedBy { get; set; }
    public DateTime LoadedUtc { get; set; }
}
