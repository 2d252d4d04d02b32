using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardGov.Recipes.Tests.Execution;

public sealed class RecipeExecutionTests(SqliteRecipeFixture fixture) : IClassFixture<SqliteRecipeFixture>
{
    [Fact]
    public async Task A_variable_made_with_uuid_gives_the_same_id_in_every_step_that_refers_to_it()
    {
        var site = await fixture.NewSiteAsync();
        var file = RecipeFiles.Write(RecipeFiles.Folder(fixture), "news.recipe.json", """
            {
              "name": "news",
              "variables": { "columnId": "[js: uuid()]", "other": "[js:uuid()]" },
              "steps": [
                { "name": "content", "data": [ { "ContentItemId": "[js: variables('columnId')]", "ContentType": "Column", "DisplayText": "工作动态", "Latest": true, "Published": true } ] },
                { "name": "content", "data": [ { "ContentItemId": "[js: uuid()]", "ContentType": "Article", "DisplayText": "镇党委召开会议", "Latest": true, "Published": true,
                    "Article": { "Column": { "ContentItemIds": [ "[js: variables('columnId')]" ] }, "Other": { "Text": "[js: variables('other')]" } } } ] }
              ]
            }
            """);

        await fixture.RunAsync(file, site);

        await using var session = fixture.Store.OpenSession(site.Id);
        var column = Assert.Single((await session.QueryAsync(new ContentQuery { ContentType = "Column" })).Items);
        var article = Assert.Single((await session.QueryAsync(new ContentQuery { ContentType = "Article" })).Items);
        Assert.Equal(ContentItemIdGenerator.Length, column.ContentItemId.Length);
        Assert.Equal(column.ContentItemId, article.Part("Article")!["Column"]!["ContentItemIds"]![0]!.GetValue<string>());
        Assert.NotEqual(column.ContentItemId, article.Part("Article")!["Other"]!["Text"]!.GetValue<string>());
        Assert.NotEqual(column.ContentItemId, article.ContentItemId);
    }

    [Fact]
    public async Task Steps_without_a_handler_are_reported_as_skipped_by_index_and_name_and_the_rest_applied()
    {
        var site = await fixture.NewSiteAsync();
        var file = RecipeFiles.Write(RecipeFiles.Folder(fixture), "mixed.recipe.json", """
            {
              "name": "mixed",
              "steps": [
                { "name": "Roles", "Roles": [] },
                { "name": "feature", "enable": [ "OrchardGov.TestFeature", "OrchardCore.Lucene" ] },
                { "name": "Templates", "Templates": { "x": { "Content": "[file:text('missing.liquid')]" } } },
                { "name": "settings", "SiteName": "城中街道" },
              ],
            }
            """);

        var report = await fixture.RunAsync(file, site);

        Assert.Equal([(0, "Roles"), (2, "Templates")], report.Skipped.Select(s => (s.Index, s.Name)));
        Assert.Contains("not available here: OrchardCore.Lucene", report.Steps[1].Summary);
        Assert.True(await fixture.Services.GetRequiredService<FeatureService>().IsEnabledAsync(site.Id, "OrchardGov.TestFeature"));
        await using var session = fixture.Store.OpenSession(site.Id);
        Assert.Equal("城中街道", (await session.Documents.GetObjectAsync("SiteSettings"))["SiteName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Running_the_same_recipe_twice_creates_nothing_new_and_updates_only_what_changed()
    {
        var site = await fixture.NewSiteAsync();
        var folder = RecipeFiles.Folder(fixture);
        var recipe = """
            { "name": "notices", "steps": [ { "name": "content", "data": [
              { "ContentItemId": "4x8mbn2q9tgz0vsyprdhkw3c7a", "ContentItemVersionId": "4x8mbn2q9tgz0vsyprdhkw3c7b", "ContentType": "Notice", "DisplayText": "停水通知", "Latest": true, "Published": true },
              { "ContentItemId": "4x8mbn2q9tgz0vsyprdhkw3c7c", "ContentItemVersionId": "4x8mbn2q9tgz0vsyprdhkw3c7d", "ContentType": "Notice", "DisplayText": "TITLE", "Latest": true, "Published": true } ] } ] }
            """;
        await fixture.RunAsync(RecipeFiles.Write(folder, "a.recipe.json", recipe.Replace("TITLE", "停电通知")), site);

        var again = await fixture.RunAsync(RecipeFiles.Write(folder, "b.recipe.json", recipe.Replace("TITLE", "停电通知（更正）")), site);

        Assert.Equal("2 items: 0 created, 1 updated, 1 unchanged", again.Steps[0].Summary);
        await using var session = fixture.Store.OpenSession(site.Id);
        Assert.Equal("停电通知（更正）", (await session.GetAsync("4x8mbn2q9tgz0vsyprdhkw3c7c"))?.DisplayText);
    }

    [Fact]
    public async Task A_recipe_runs_the_recipes_it_names_in_the_same_transaction()
    {
        var site = await fixture.NewSiteAsync();
        var folder = RecipeFiles.Folder(fixture);
        RecipeFiles.Write(folder, "types.recipe.json", """
            { "name": "township-types", "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Notice", "DisplayName": "通知公告" } ] } ] }
            """);
        var outer = RecipeFiles.Write(folder, "township.recipe.json", """
            { "name": "township", "steps": [ { "name": "recipes", "Values": [ { "executionid": "x", "name": "township-types" }, { "name": "no-such-recipe" } ] } ] }
            """);

        var report = await fixture.RunAsync(outer, site);

        Assert.Equal(["township/recipes", "township-types/ContentDefinition", "no-such-recipe/recipe"], report.Steps.Select(s => $"{s.Recipe}/{s.Name}"));
        Assert.Equal([0, 1, 1], report.Steps.Select(s => s.Depth));
        Assert.Contains("no recipe named 'no-such-recipe'", report.Skipped.Single().Summary);
        await using var session = fixture.Store.OpenSession(site.Id);
        Assert.Equal("通知公告", (await session.Definitions.GetAsync()).Type("Notice")?.DisplayName);
    }

    [Fact]
    public async Task A_broken_file_beside_the_recipe_does_not_stop_a_named_recipe_from_being_found()
    {
        var site = await fixture.NewSiteAsync();
        var folder = RecipeFiles.Folder(fixture);
        RecipeFiles.Write(folder, "a-broken.recipe.json", "{ not json");
        RecipeFiles.Write(folder, "types.recipe.json", """{ "name": "township-types", "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Notice" } ] } ] }""");
        var outer = RecipeFiles.Write(folder, "township.recipe.json", """{ "name": "township", "steps": [ { "name": "recipes", "Values": [ { "name": "township-types" } ] } ] }""");

        var report = await fixture.RunAsync(outer, site);

        Assert.Equal("ran 1 of 1 recipes: township-types", report.Steps[0].Summary);
    }

    [Fact]
    public async Task Parameters_configuration_base64_and_file_text_are_evaluated()
    {
        var site = await fixture.NewSiteAsync();
        var folder = RecipeFiles.Folder(fixture);
        RecipeFiles.Write(folder, "Snippets/footer.html", "<p>主办单位：城中街道办事处</p>");
        var file = RecipeFiles.Write(folder, "scripts.recipe.json", """
            { "name": "scripts", "steps": [ { "name": "settings",
              "SiteName": "[js: parameters('SiteName')]",
              "Footer": "[file:text('Snippets/footer.html')]",
              "Decoded": "[js: base64('5Z+O5Lit6KGX6YGT')]",
              "Prefix": "[js: configuration('Missing:Setting', 'fallback')]",
              "Secret": "[js: configuration('OrchardGov:Database:ConnectionString', 'hidden')]",
              "Sum": "[js: 1 + 2]",
              "Returned": "[js: var x = 'a'; return x + 'b';]" } ] }
            """);

        await fixture.RunAsync(file, site, new Dictionary<string, string> { ["SiteName"] = "城中街道" });

        await using var session = fixture.Store.OpenSession(site.Id);
        var settings = await session.Documents.GetObjectAsync("SiteSettings");
        Assert.Equal("城中街道", settings["SiteName"]!.GetValue<string>());
        Assert.Equal("<p>主办单位：城中街道办事处</p>", settings["Footer"]!.GetValue<string>());
        Assert.Equal("城中街道", settings["Decoded"]!.GetValue<string>());
        Assert.Equal("fallback", settings["Prefix"]!.GetValue<string>());
        Assert.Equal("hidden", settings["Secret"]!.GetValue<string>());
        Assert.Equal(3, settings["Sum"]!.GetValue<double>());
        Assert.Equal("ab", settings["Returned"]!.GetValue<string>());
    }
}
