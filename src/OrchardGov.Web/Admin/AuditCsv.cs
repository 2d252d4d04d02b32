using System.Text;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Admin;

/// <summary>
/// The audit trail as a CSV file that Excel opens with its Chinese intact: UTF-8 with a byte order mark, RFC 4180
/// quoting. Written by hand because it is a dozen lines; the library the project uses for Excel writes workbooks.
/// </summary>
public static class AuditCsv
{
    private static readonly string[] Header = ["时间（北京时间）", "站点", "用户", "地址", "操作", "操作代码", "对象", "对象标识", "修改前", "修改后"];

    public static byte[] Write(IEnumerable<AuditEntry> entries, IReadOnlyDictionary<int, Site> sites, AuditActions actions)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var entry in entries)
        {
            var site = entry.SiteId is { } id && sites.TryGetValue(id, out var found) ? $"{found.Name}（{found.Code}）" : entry.SiteId is null ? "平台" : "";
            AppendRow(csv, [
                ChinaTime.Format(entry.AtUtc), site, entry.UserName, entry.Address ?? "", actions.LabelOf(entry.Action), entry.Action,
                entry.Subject, entry.SubjectId ?? "", entry.Before ?? "", entry.After ?? "",
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
    }

    private static string Cell(string value)
    {
        // A cell that starts like a formula (a login name typed by anyone, say) must not run in Excel.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
