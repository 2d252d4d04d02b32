namespace OrchardGov.Disclosure.Services.Compliance.Calendar;

/// <summary>The holiday-cn years embedded in the module (see holidays-cn/SOURCE.md for their origin).</summary>
internal static class ShippedHolidayYears
{
    private const string Prefix = "Disclosure.holidays-cn.";

    public static IReadOnlyList<HolidayYear> Load()
    {
        var assembly = typeof(ShippedHolidayYears).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return HolidayYearJson.Parse(reader.ReadToEnd(), "holidays-cn/" + name[Prefix.Length..]);
            })
            .ToList();
    }
}
