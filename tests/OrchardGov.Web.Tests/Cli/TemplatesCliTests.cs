namespace OrchardGov.Web.Tests.Cli;

/// <summary>A site's own version of a theme template, set with the CLI while the portal runs.</summary>
public sealed class TemplatesCliTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_site_template_shows_at_the_next_request_on_that_site_only_and_reset_brings_back_the_theme()
    {
        var client = portal.CreateClient();
        Assert.DoesNotContain("城中街道的栏目页", await client.GetStringAsync("/431202001/gzdt/"));
        var cli = CliRun.OnSqlite(portal.ConnectionString);
        var file = Path.Combine(Path.GetTempPath(), $"column-{Guid.NewGuid():N}.liquid");
        await File.WriteAllTextAsync(file, "<h1>{{ column.title }}</h1><p>城中街道的栏目页</p>");

        var (exitCode, output, _) = await cli.RunAsync("templates", "set", "column", "--site", "431202001", "--file", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("column", output);
        Assert.Contains("城中街道的栏目页", await client.GetStringAsync("/431202001/gzdt/"));
        Assert.DoesNotContain("城中街道的栏目页", await client.GetStringAsync("/431202002/gzdt/"));
        Assert.Contains("column\t站点自定义", (await cli.RunAsync("templates", "list", "--site", "431202001")).Output);

        Assert.Equal(0, (await cli.RunAsync("templates", "reset", "column", "--site", "431202001")).ExitCode);
        Assert.DoesNotContain("城中街道的栏目页", await client.GetStringAsync("/431202001/gzdt/"));
        File.Delete(file);
    }

    [Fact]
    public async Task A_template_that_is_not_valid_liquid_or_not_in_the_theme_is_refused_and_changes_nothing()
    {
        var client = portal.CreateClient();
        var before = await client.GetStringAsync("/431202003/gzdt/");
        var cli = CliRun.OnSqlite(portal.ConnectionString);
        var file = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.liquid");
        await File.WriteAllTextAsync(file, "<h1>{% if column.title %}</h1>");

        var broken = await cli.RunAsync("templates", "set", "column", "--site", "431202003", "--file", file);
        var unknown = await cli.RunAsync("templates", "set", "no-such-template", "--site", "431202003", "--file", file);

        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("'column' is not valid Liquid", broken.Error);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no template 'no-such-template'", unknown.Error);
        Assert.Equal(before, await client.GetStringAsync("/431202003/gzdt/"));
        File.Delete(file);
    }
}
