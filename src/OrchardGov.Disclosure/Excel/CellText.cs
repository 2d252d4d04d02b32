using System.Globalization;

namespace OrchardGov.Disclosure.Excel;

/// <summary>A cell's value as the text a person sees in it, trimmed: a number typed into a text column (a phone number, a 序号) reads as its digits.</summary>
internal static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => "",
        double number when number == Math.Floor(number) && Math.Abs(number) < 1e15 => number.ToString("0", CultureInfo.InvariantCulture),
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => (Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Replace("\r\n", "\n").Trim(),
    };
}
