using System.Text;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Web.Admin;

namespace OrchardGov.Web.Tests.Admin;

public sealed class AuditCsvTests
{
    private static readonly Site Township = new() { Id = 7, Code = "431202001", Name = "城中街道" };

    [Fact]
    public void Each_entry_is_a_row_in_China_time_with_its_site_and_its_action_in_Chinese()
    {
        var csv = Write(new AuditEntry
        {
            SiteId = 7, AtUtc = new DateTime(2026, 11, 30, 17, 30, 0, DateTimeKind.Utc), UserName = "editor", Address = "10.0.0.8",
            Action = "feature.enable", SubjectId = "OrchardGov.ContentApi", Subject = "功能 内容接口", After = "{\"enabled\":true}",
        });

        Assert.Equal(
            "2026-12-01 01:30:00,城中街道（431202001）,editor,10.0.0.8,启用功能,feature.enable,功能 内容接口,OrchardGov.ContentApi,,\"{\"\"enabled\"\":true}\"",
            csv[1]);
    }

    [Fact]
    public void A_value_that_Excel_would_run_as_a_formula_is_written_as_text()
    {
        var csv = Write(new AuditEntry { AtUtc = DateTime.UnixEpoch, UserName = "-2+3", Action = "custom.thing", Subject = "=HYPERLINK(\"http://evil.example\")" });

        Assert.Equal("1970-01-01 08:00:00,平台,'-2+3,,custom.thing,custom.thing,\"'=HYPERLINK(\"\"http://evil.example\"\")\",,,", csv[1]);
    }

    private static string[] Write(AuditEntry entry)
    {
        var bytes = AuditCsv.Write([entry], new Dictionary<int, Site> { [Township.Id] = Township }, new AuditActions([]));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
