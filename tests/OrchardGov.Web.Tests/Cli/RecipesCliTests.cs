using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace OrchardGov.Web.Tests.Cli;

public sealed class RecipesCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orchardgov-recipes-cli-").FullName;
    private readonly CliRun _cli;

    public RecipesCliTests() => _cli = CliRun.OnSqlite($"Data Source={Path.Combine(_folder, "cli.db")}");

    [Fact]
    public async Task Recipes_run_prints_each_step_and_export_writes_a_recipe_that_runs_on_another_site()
    {
        await _cli.RunAsync("sites", "create", "--code", "431202");
        await _cli.RunAsync("sites", "create", "--code", "431202001");
        await _cli.RunAsync("sites", "create", "--code", "431202002");
        var recipe = Write("notices.recipe.json", """
            { "name": "notices", "steps": [
              { "name": "Roles" },
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Notice", "DisplayName": "通知公告" } ] },
              { "name": "content", "data": [ { "ContentType": "Notice", "DisplayText": "[js: parameters('Title')]", "Latest": true, "Published": true } ] } ] }
            """);

        var run = await _cli.RunAsync("recipes", "run", recipe, "--site", "431202001", "--param", "Title=防汛通知");
        var exported = Path.Combine(_folder, "export.recipe.json");
        var export = await _cli.RunAsync("recipes", "export", "--site", "431202001", "--out", exported);
        var import = await _cli.RunAsync("recipes", "run", exported, "--site", "431202002");

        Assert.Equal((0, 0, 0), (run.ExitCode, export.ExitCode, import.ExitCode));
        Assert.Contains("[0] Roles: skipped", run.Output);
        Assert.Contains("[1] ContentDefinition: applied — 1 content types, 0 parts", run.Output);
        Assert.Contains("[2] content: applied — 1 items: 1 created, 0 updated, 0 unchanged", run.Output);
        var steps = JsonNode.Parse(await File.ReadAllTextAsync(exported))!["steps"]!.AsArray();
        Assert.Equal("防汛通知", steps.Single(s => s!["name"]!.GetValue<string>() == "content")!["data"]![0]!["DisplayText"]!.GetValue<string>());
        Assert.Contains("1 items: 1 created", import.Output);
    }

    [Fact]
    public async Task Recipes_list_shows_the_recipes_of_the_configured_folders_and_run_finds_them_by_name()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "township-recipes")).FullName;
        File.WriteAllText(Path.Combine(folder, "notice-types.recipe.json"),
            """{ "name": "notice-types", "displayName": "通知公告类型", "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Notice" } ] } ] }""");
        var cli = new CliRun(new Dictionary<string, string?>
        {
            ["OrchardGov:Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "cli.db")}",
            ["OrchardGov:Recipes:Folders:0"] = folder,
        });
        await cli.RunAsync("sites", "create", "--code", "431202");

        var list = await cli.RunAsync("recipes", "list");
        var run = await cli.RunAsync("recipes", "run", "notice-types", "--site", "431202");

        Assert.Contains("notice-types\t通知公告类型\t", list.Output);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[0] ContentDefinition: applied — 1 content types, 0 parts", run.Output);
    }

    [Fact]
    public async Task A_broken_recipe_exits_2_naming_the_file_step_and_path()
    {
        await _cli.RunAsync("sites", "create", "--code", "431202");
        var recipe = Write("broken.recipe.json", """{ "name": "broken", "steps": [ { "name": "content", "data": [ { "DisplayText": "无类型" } ] } ] }""");

        var (exitCode, _, error) = await _cli.RunAsync("recipes", "run", recipe, "--site", "431202");
        var unknown = await _cli.RunAsync("recipes", "run", "no-such-recipe", "--site", "431202");

        Assert.Equal(2, exitCode);
        Assert.Contains("broken.recipe.json, step 0 'content', $.steps[0].data[0].ContentType", error);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no-such-recipe", unknown.Error);
        var twice = await _cli.RunAsync("recipes", "run", recipe, "--site", "431202", "--param", "A=1", "--param", "A=2");
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("--param A is given twice", twice.Error);
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
