using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace OrchardGov.Web.Tests.Portal;

/// <summary>A theme file broken on the server: visitors get the Chinese failure page, never a stack trace.</summary>
public sealed class BrokenThemeTests(BrokenThemeTests.BrokenThemeFactory portal) : IClassFixture<BrokenThemeTests.BrokenThemeFactory>
{
    [Fact]
    public async Task A_page_whose_template_is_broken_answers_500_with_the_chinese_error_page_and_no_technical_detail()
    {
        var response = await portal.CreateClient().GetAsync("/431202001/gzdt/");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("系统繁忙", page);
        Assert.DoesNotContain("Exception", page);
        Assert.DoesNotContain("column.liquid", page);
        Assert.DoesNotContain(" at OrchardGov", page);
    }

    [Fact]
    public async Task Pages_whose_templates_are_intact_are_still_served()
    {
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync("/431202001/catalog")).StatusCode);
    }

    public sealed class BrokenThemeFactory : PortalFactory
    {
        private readonly string _theme = Directory.CreateTempSubdirectory("orchardgov-theme-").FullName;

        public BrokenThemeFactory()
        {
            var source = Path.Combine(AppContext.BaseDirectory, "themes", "OrchardGov.Theme");
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(_theme, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            File.WriteAllText(Path.Combine(_theme, "Views", "column.liquid"), "<h1>{% if column.title %}</h1>");
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OrchardGov:Theme:Folder", _theme);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Directory.Delete(_theme, recursive: true);
        }
    }
}
