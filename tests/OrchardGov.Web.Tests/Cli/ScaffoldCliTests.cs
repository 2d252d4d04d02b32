using Microsoft.Data.Sqlite;

namespace OrchardGov.Web.Tests.Cli;

public sealed class ScaffoldCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orchardgov-cli-").FullName;
    private readonly CliRun _cli;

    public ScaffoldCliTests() => _cli = CliRun.OnSqlite($"Data Source={Path.Combine(_folder, "cli.db")}");

    [Fact]
    public async Task Scaffolding_a_county_reports_each_township_and_a_second_run_says_nothing_changed()
    {
        var first = await _cli.RunAsync("sites", "scaffold", "--under", "431227", "--recipe", "township");
        var second = await _cli.RunAsync("sites", "scaffold", "--under", "431227", "--recipe", "township");
        var list = await _cli.RunAsync("sites", "list", "--under", "431227");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("[1/11] 431227101 ", first.Output);
        Assert.Contains("本次搭建 11 个", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("都已搭建，本次未作任何改动", second.Output);
        Assert.Contains("共 12 个站点", list.Output);
    }

    [Fact]
    public async Task Creating_a_site_with_a_recipe_sets_it_up_and_a_recipe_for_another_level_is_refused()
    {
        var township = await _cli.RunAsync("sites", "create", "--code", "431202001", "--recipe", "township");
        var wrongLevel = await _cli.RunAsync("sites", "create", "--code", "431202", "--recipe", "township");
        var unknown = await _cli.RunAsync("sites", "scaffold", "--under", "999999", "--recipe", "township");

        Assert.Equal(0, township.ExitCode);
        Assert.Contains("431202001 城中街道：已用配方 township 搭建", township.Output);
        Assert.Equal(2, wrongLevel.ExitCode);
        Assert.Contains("is for Township sites; 431202 鹤城区 is a County site", wrongLevel.Error);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("'999999' is not a statistical division code", unknown.Error);
    }

    [Fact]
    public async Task Catalog_commands_on_a_site_without_the_module_say_how_to_enable_it()
    {
        await _cli.RunAsync("sites", "create", "--code", "431221");

        var export = await _cli.RunAsync("catalog", "export", "--site", "431221", "--out", Path.Combine(_folder, "x.xlsx"));

        Assert.Equal(2, export.ExitCode);
        Assert.Contains("未启用政务公开模块", export.Error);
        Assert.False(File.Exists(Path.Combine(_folder, "x.xlsx")));
    }

    [Fact]
    public async Task A_catalog_exported_to_excel_imports_into_another_township_and_a_broken_file_is_refused()
    {
        await _cli.RunAsync("sites", "create", "--code", "431202001", "--recipe", "township");
        await _cli.RunAsync("sites", "create", "--code", "431202002", "--recipe", "township");
        var workbook = Path.Combine(_folder, "城中街道.xlsx");
        var broken = Path.Combine(_folder, "broken.xlsx");
        await File.WriteAllTextAsync(broken, "not a workbook");

        var export = await _cli.RunAsync("catalog", "export", "--site", "431202001", "--out", workbook);
        var import = await _cli.RunAsync("catalog", "import", "--site", "431202002", "--file", workbook);
        var refused = await _cli.RunAsync("catalog", "import", "--site", "431202002", "--file", broken);
        var note = await _cli.RunAsync("catalog", "not-applicable", "--site", "431202002", "--domain", "press", "--reason", "本街道无新闻出版管理职能。");

        Assert.Equal(0, export.ExitCode);
        Assert.Contains("7 个领域", export.Output);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("新增 0 项，修改 0 项", import.Output);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("不是有效的 Excel 工作簿", refused.Error);
        Assert.Equal(0, note.ExitCode);
        Assert.Contains("新闻出版领域已标注为未涉及", note.Output);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
