namespace OrchardGov.Disclosure.Services.Compliance.Calendar;

public static class HolidayYearJson
{
    public static HolidayYear Parse(string json, string source) => throw new NotImplementedException();

    public static string Write(HolidayYear year) => throw new NotImplementedException();
}
