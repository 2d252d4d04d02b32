using System.Net;
using System.Text;
using OrchardGov.ContentManagement.Accounts;

namespace OrchardGov.Web.Tests.Admin.Articles;

/// <summary>A refused attachment stops the whole form: its reason is shown and nothing is saved, not even the good files.</summary>
public sealed class ArticleUploadTests(SmallUploadsPortalFactory portal) : IClassFixture<SmallUploadsPortalFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static TheoryData<string, string, string, byte[]> RefusedFiles => new()
    {
        { "431202005", "程序.pdf", "不是 PDF 文件", [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. new byte[512]] },
        { "431202006", "大文件.pdf", "超过了", [.. Pdf, .. new byte[SmallUploadsPortalFactory.MaxUploadBytes]] },
        { "431202007", "../../x.pdf", "不能包含路径", Pdf },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task A_refused_attachment_shows_its_reason_and_saves_neither_the_article_nor_any_file(string site, string fileName, string reason, byte[] content)
    {
        using var editor = await AdminClient.ForRoleAsync(portal, site, SiteRole.Editor);
        var articlesBefore = await ArticleForms.CountAsync(portal.Services, site);

        var response = await ArticleForms.PostEditFormAsync(editor, $"/admin/{site}/articles/edit?handler=Save",
            ArticleForms.Fields("带附件的通知"), ArticleForms.Attachments(("说明.pdf", Pdf), (fileName, content)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, AdminClient.ErrorIn(await response.Content.ReadAsStringAsync()));
        Assert.Equal(articlesBefore, await ArticleForms.CountAsync(portal.Services, site));
        var siteMedia = Path.Combine(portal.MediaFolder, site);
        Assert.Empty(Directory.Exists(siteMedia) ? Directory.EnumerateFiles(siteMedia, "*", SearchOption.AllDirectories) : []);
        Assert.Empty(Directory.Exists(portal.MediaFolder) ? Directory.EnumerateFiles(portal.MediaFolder, "x.pdf", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task An_accepted_attachment_is_stored_and_listed_on_the_article()
    {
        const string site = "431202001";
        using var editor = await AdminClient.ForRoleAsync(portal, site, SiteRole.Editor);

        var response = await ArticleForms.PostEditFormAsync(editor, $"/admin/{site}/articles/edit?handler=Save",
            ArticleForms.Fields("带附件的通知"), ArticleForms.Attachments(("说明.pdf", Pdf)));
        var id = response.Headers.Location!.OriginalString.Split('/')[^1];
        var article = await ArticleForms.LatestAsync(portal.Services, site, id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var path = Assert.Single(article!.Attachments);
        Assert.EndsWith("/说明.pdf", path);
        Assert.True(File.Exists(Path.Combine(portal.MediaFolder, site, path)));
    }
}
