using OrchardGov.Recipes.Models;

namespace OrchardGov.Recipes.Tests.Execution;

/// <summary>Each broken recipe is refused with an error that says where, and the site is exactly as before.</summary>
public sealed class BadRecipeTests(SqliteRecipeFixture fixture) : IClassFixture<SqliteRecipeFixture>
{
    // Runs first in every recipe below, so that a failure must undo real writes.
    private const string FirstSteps = """
        { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Notice" } ] },
        { "name": "feature", "enable": [ "OrchardGov.TestFeature" ] },
        { "name": "content", "data": [ { "ContentType": "Notice", "DisplayText": "先写入的通知", "Latest": true, "Published": true } ] },
        """;

    [Fact]
    public async Task Invalid_JSON_is_refused_with_its_line_and_column()
    {
        var error = await RefusedAsync("""
            {
              "name": "broken",
              "steps": [ { "name": "settings", "SiteName": "城中街道" "Other": 1 } ]
            }
            """);

        Assert.Equal((3, 55), (error.Line, error.Column));
        Assert.Contains("broken.recipe.json line 3, column 55", error.Message);
    }

    [Fact]
    public async Task A_step_missing_a_required_property_names_the_step_and_the_path()
    {
        var error = await RefusedAsync($$"""
            { "name": "broken", "steps": [ {{FirstSteps}} { "name": "content", "data": [ { "DisplayText": "没有类型" } ] } ] }
            """);

        Assert.Equal((3, "content", "$.steps[3].data[0].ContentType"), (error.StepIndex, error.StepName, error.JsonPath));
        Assert.Contains("is required", error.Message);
    }

    [Fact]
    public async Task A_content_type_without_a_name_is_refused()
    {
        var error = await RefusedAsync($$"""
            { "name": "broken", "steps": [ {{FirstSteps}} { "name": "ContentDefinition", "ContentTypes": [ { "DisplayName": "无名类型" } ] } ] }
            """);

        Assert.Equal("$.steps[3].ContentTypes[0]", error.JsonPath);
    }

    [Fact]
    public async Task A_script_error_names_the_script_and_where_it_is()
    {
        var error = await RefusedAsync($$"""
            { "name": "broken", "steps": [ {{FirstSteps}} { "name": "settings", "SiteName": "[js: noSuchFunction()]" } ] }
            """);

        Assert.Equal("$.steps[3].SiteName", error.JsonPath);
        Assert.Contains("noSuchFunction", error.Message);
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("Snippets/../../outside.txt")]
    public async Task A_file_outside_the_recipe_folder_is_not_read(string path)
    {
        File.WriteAllText(Path.Combine(fixture.Scratch, "outside.txt"), "secret");

        var error = await RefusedAsync($$"""
            { "name": "broken", "steps": [ {{FirstSteps}} { "name": "settings", "Footer": "[file:text('{{path}}')]" } ] }
            """);

        Assert.Contains("outside the recipe's folder", error.Message);
    }

    [Fact]
    public async Task A_symbolic_link_beside_the_recipe_does_not_lead_out_of_its_folder()
    {
        File.WriteAllText(Path.Combine(fixture.Scratch, "outside.txt"), "secret");
        var folder = RecipeFiles.Folder(fixture);
        File.CreateSymbolicLink(Path.Combine(folder, "linked.txt"), Path.Combine(fixture.Scratch, "outside.txt"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "linked-folder"), fixture.Scratch);

        var toFile = await RefusedAsync($$"""
            { "name": "broken", "steps": [ {{FirstSteps}} { "name": "settings", "Footer": "[file:text('linked.txt')]" } ] }
            """, folder);
        var throughFolder = await RefusedAsync($$"""
            { "name": "broken", "steps": [ {{FirstSteps}} { "name": "settings", "Footer": "[file:text('linked-folder/outside.txt')]" } ] }
            """, folder);

        Assert.Contains("outside the recipe's folder", toFile.Message);
        Assert.Contains("outside the recipe's folder", throughFolder.Message);
    }

    [Fact]
    public async Task A_recipe_that_runs_itself_is_refused()
    {
        var error = await RefusedAsync($$"""
            { "name": "loop", "steps": [ {{FirstSteps}} { "name": "recipes", "Values": [ { "name": "loop" } ] } ] }
            """);

        Assert.Contains("runs itself", error.Message);
    }

    [Fact]
    public async Task Recipes_that_run_each_other_in_a_cycle_are_refused()
    {
        var folder = RecipeFiles.Folder(fixture);
        RecipeFiles.Write(folder, "b.recipe.json", """{ "name": "b", "steps": [ { "name": "recipes", "Values": [ { "name": "a" } ] } ] }""");

        var error = await RefusedAsync($$"""
            { "name": "a", "steps": [ {{FirstSteps}} { "name": "recipes", "Values": [ { "name": "b" } ] } ] }
            """, folder);

        Assert.Contains("a.recipe.json → b.recipe.json → a.recipe.json", error.Message);
    }

    [Fact]
    public async Task A_50_MB_recipe_is_refused_by_the_default_size_limit_before_it_is_read()
    {
        var site = await fixture.NewSiteAsync();
        var file = Path.Combine(RecipeFiles.Folder(fixture), "large.recipe.json");
        await using (var writer = File.CreateText(file))
        {
            await writer.WriteAsync("""{ "name": "large", "steps": [ { "name": "content", "data": [""");
            var item = """{ "ContentType": "Article", "DisplayText": "文章", "Latest": true, "Published": true },""";
            for (var written = 0L; written < 50L * 1024 * 1024; written += item.Length)
            {
                await writer.WriteAsync(item);
            }

            await writer.WriteAsync("{} ] } ] }");
        }

        var error = await Assert.ThrowsAsync<RecipeException>(() => fixture.Reader.ReadAsync(file));

        Assert.Contains("more than the 32 MB allowed", error.Message);
        Assert.Contains("OrchardGov:Recipes:MaxFileBytes", error.Message);
        Assert.StartsWith("0 documents, 0 index rows, 0 features", await SiteSnapshot.TakeAsync(fixture, site.Id));
    }

    private async Task<RecipeException> RefusedAsync(string json, string? folder = null)
    {
        var site = await fixture.NewSiteAsync();
        await fixture.RunAsync(RecipeFiles.Write(RecipeFiles.Folder(fixture), "seed.recipe.json", """
            { "name": "seed", "steps": [ { "name": "content", "data": [ { "ContentType": "Notice", "DisplayText": "原有通知", "Latest": true, "Published": true } ] } ] }
            """), site);
        var before = await SiteSnapshot.TakeAsync(fixture, site.Id);
        var file = RecipeFiles.Write(folder ?? RecipeFiles.Folder(fixture), json.Contains("\"name\": \"a\"") ? "a.recipe.json" : json.Contains("\"loop\"") ? "loop.recipe.json" : "broken.recipe.json", json);

        var error = await Assert.ThrowsAsync<RecipeException>(() => fixture.RunAsync(file, site));

        Assert.Equal(before, await SiteSnapshot.TakeAsync(fixture, site.Id));
        Assert.Contains(Path.GetFileName(file), error.Message);
        return error;
    }
}
