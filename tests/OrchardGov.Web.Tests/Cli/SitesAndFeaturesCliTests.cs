using Microsoft.Data.Sqlite;

namespace OrchardGov.Web.Tests.Cli;

public sealed class SitesAndFeaturesCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orchardgov-cli-").FullName;
    private readonly CliRun _cli;

    public SitesAndFeaturesCliTests() => _cli = CliRun.OnSqlite($"Data Source={Path.Combine(_folder, "cli.db")}");

    [Fact]
    public async Task Sites_create_takes_the_name_and_parent_from_the_division_codes()
    {
        Assert.Equal(0, (await _cli.RunAsync("sites", "create", "--code", "431202")).ExitCode);

        var (exitCode, output, _) = await _cli.RunAsync("sites", "create", "--code", "431202001");
        var list = await _cli.RunAsync("sites", "list", "--under", "431202");

        Assert.Equal(0, exitCode);
        Assert.Contains("431202001 城中街道（Township），上级：431202 鹤城区", output);
        Assert.Contains("431202001\t城中街道\tTownship\t431202", list.Output);
        Assert.Contains("共 2 个站点", list.Output);
    }

    [Fact]
    public async Task Sites_update_binds_host_names_and_sets_the_registration_numbers()
    {
        await _cli.RunAsync("sites", "create", "--code", "431202");

        var (exitCode, output, _) = await _cli.RunAsync("sites", "update", "--code", "431202",
            "--host", "www.hecheng.gov.cn", "--host", "hecheng.gov.cn", "--icp", "湘ICP备05003888号", "--identification-code", "4312020001");
        var cleared = await _cli.RunAsync("sites", "update", "--code", "431202", "--no-hosts");

        Assert.Equal(0, exitCode);
        Assert.Contains("域名：www.hecheng.gov.cn, hecheng.gov.cn", output);
        Assert.Contains("ICP备案号：湘ICP备05003888号", output);
        Assert.Contains("网站标识码：4312020001", output);
        Assert.Contains("域名：无", cleared.Output);
    }

    [Fact]
    public async Task Features_are_switched_per_site_and_listed_with_their_state()
    {
        await _cli.RunAsync("sites", "create", "--code", "431202");

        var enable = await _cli.RunAsync("features", "enable", "OrchardGov.ContentApi", "--site", "431202");
        var list = await _cli.RunAsync("features", "list", "--site", "431202");
        var disable = await _cli.RunAsync("features", "disable", "OrchardGov.ContentApi", "--site", "431202");

        Assert.Equal((0, 0, 0), (enable.ExitCode, list.ExitCode, disable.ExitCode));
        Assert.Contains("OrchardGov.ContentApi\t内容接口\t已启用", list.Output);
        Assert.Contains("已停用：OrchardGov.ContentApi", disable.Output);
    }

    [Theory]
    [InlineData("features list --site 000000", "000000")]
    [InlineData("features enable No.Such.Feature --site 431202", "No.Such.Feature")]
    [InlineData("sites create", "--code")]
    [InlineData("sites create --code 431202 --level Village", "Village")]
    [InlineData("sites list --under 999999", "999999")]
    public async Task Bad_arguments_and_unknown_sites_or_features_exit_2_with_a_one_line_reason(string command, string named)
    {
        await _cli.RunAsync("sites", "create", "--code", "431202");

        var (exitCode, _, error) = await _cli.RunAsync(command.Split(' '));

        Assert.Equal(2, exitCode);
        Assert.Contains(named, error.Split('\n')[0]);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Every_verb_has_help()
    {
        foreach (var verb in new[] { "sites create", "sites update", "sites list", "features enable", "features disable", "features list", "recipes list", "recipes run", "recipes export" })
        {
            var (exitCode, output, _) = await _cli.RunAsync([.. verb.Split(' '), "--help"]);
            Assert.Equal(0, exitCode);
            Assert.Contains("Usage:", output);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
