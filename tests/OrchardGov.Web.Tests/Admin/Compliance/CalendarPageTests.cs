using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Web.Tests.Admin.Compliance;

/// <summary>The platform's 节假日安排 page: the years in force, loading a year from holiday-cn JSON, removing a correction.</summary>
public sealed class CalendarPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Corrected2027 = """
        {"year": 2027, "papers": ["https://www.gov.cn/zhengce/content/2027.htm"], "days": [
          {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
          {"name": "春节", "date": "2027-02-06", "isOffDay": false}
        ]}
        """;

    [Fact]
    public async Task A_platform_admin_loads_a_corrected_2027_and_the_page_shows_who_loaded_it_until_it_is_removed()
    {
        using var admin = await AdminClient.ForNewPersonAsync(portal, "calendar-loader", platformAdmin: true);
        var before = await admin.GetPageTextAsync("/admin/calendar");
        Assert.Contains("未知：按周一至周五计算", Row(before, 2027));

        var loaded = await admin.PostFormAndFollowAsync("/admin/calendar?handler=Load", [("Json", Corrected2027)]);

        Assert.Contains("已载入 2027 年节假日安排", loaded);
        var row = Row(loaded, 2027);
        Assert.Contains("管理员载入：calendar-loader", row);
        Assert.Contains("<td>1</td>", row);
        Assert.Contains("已知", row);
        Assert.Contains("<th scope=\"row\">2028</th>", loaded);

        var removed = await admin.PostFormAndFollowAsync("/admin/calendar?handler=Remove", [("year", "2027")]);

        Assert.Contains("随版本提供", Row(removed, 2027));
        Assert.Empty(await portal.Services.GetRequiredService<HolidayYearStore>().LoadedAsync());
    }

    [Fact]
    public async Task A_year_uploaded_as_a_file_is_loaded_under_the_file_name()
    {
        using var admin = await AdminClient.ForNewPersonAsync(portal, "calendar-uploader", platformAdmin: true);

        var response = await admin.PostMultipartFormAsync("/admin/calendar?handler=Load", [], [("file", "2027.json", Encoding.UTF8.GetBytes(Corrected2027))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(await portal.Services.GetRequiredService<HolidayYearStore>().LoadedAsync(), r => r.Year == 2027 && r.LoadedBy == "calendar-uploader");
        await portal.Services.GetRequiredService<HolidayYearStore>().RemoveAsync(2027);
    }

    [Fact]
    public async Task Malformed_json_shows_what_is_wrong_and_stores_nothing()
    {
        using var admin = await AdminClient.ForNewPersonAsync(portal, "calendar-typo", platformAdmin: true);

        var response = await admin.PostFormAsync("/admin/calendar?handler=Load", [("Json", "{\"year\": 2027, \"days\": [\n{\"name\": \"元旦\" \"date\": \"2027-01-01\"}]}")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不是有效的 JSON，第 2 行有误", AdminClient.ErrorIn(await response.Content.ReadAsStringAsync()));
        Assert.DoesNotContain(await portal.Services.GetRequiredService<HolidayYearStore>().LoadedAsync(), r => r.Year == 2027);
    }

    [Fact]
    public async Task Only_platform_admins_open_the_page_or_see_it_in_the_main_menu()
    {
        using var admin = await AdminClient.ForNewPersonAsync(portal, "calendar-platform", platformAdmin: true);
        using var siteAdmin = await AdminClient.ForRoleAsync(portal, "431202", SiteRole.SiteAdmin);

        Assert.Contains("href=\"/admin/calendar\"", await admin.GetPageAsync("/admin"));
        Assert.DoesNotContain("href=\"/admin/calendar\"", await siteAdmin.GetPageAsync("/admin"));
        Assert.Equal(HttpStatusCode.Forbidden, (await siteAdmin.GetAsync("/admin/calendar")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await siteAdmin.PostFormAsync("/admin/calendar?handler=Load", [("Json", Corrected2027)], formUrl: "/admin")).StatusCode);
        Assert.DoesNotContain(await portal.Services.GetRequiredService<HolidayYearStore>().LoadedAsync(), r => r.LoadedBy.StartsWith("siteadmin", StringComparison.Ordinal));
    }

    /// <summary>The table row of the year, from its header cell to the end of the row.</summary>
    private static string Row(string html, int year)
    {
        var start = html.IndexOf($"<th scope=\"row\">{year}</th>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no row for {year}.");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
