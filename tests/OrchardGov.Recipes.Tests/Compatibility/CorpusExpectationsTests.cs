namespace OrchardGov.Recipes.Tests.Compatibility;

/// <summary>
/// The expectations reader on small recipes whose outcome is plain from their JSON, so that the corpus tests
/// rest on a reader that is right.
/// </summary>
public sealed class CorpusExpectationsTests : IDisposable
{
    private static readonly Dictionary<string, string> Parameters = new() { ["SiteName"] = "城中街道" };
    private readonly string _folder = Directory.CreateTempSubdirectory("orchardgov-expectations-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Each_uuid_id_is_a_new_item_while_a_variable_or_a_literal_id_names_one_item_shown_as_its_last_version()
    {
        var file = RecipeFiles.Write(_folder, "items.recipe.json", """
            {
              "name": "items",
              "variables": { "home": "[js: uuid()]" },
              "steps": [
                { "name": "content", "data": [
                  { "ContentItemId": "[js: uuid()]", "ContentType": "Article", "DisplayText": "一", "Latest": true, "Published": true },
                  { "ContentItemId": "[js:uuid()]", "ContentType": "Article", "DisplayText": "二", "Latest": true },
                  { "ContentItemId": "[js: variables('home')]", "ContentType": "Page", "DisplayText": "首页草稿", "Latest": true },
                  { "ContentItemId": "4literal", "ContentType": "Menu", "DisplayText": "[js: 'computed']", "Latest": true },
                ] },
                // A later step imports new versions of two of them.
                { "name": "Content", "data": [
                  { "contentItemId": "[js: variables('home')]", "contentType": "Page", "displayText": "首页", "latest": true, "published": true },
                  { "ContentItemId": "4literal", "ContentType": "Menu", "DisplayText": "[js: parameters('SiteName')]", "Latest": true, "Published": true },
                ] },
              ],
            }
            """);

        var expected = CorpusExpectations.Read(file, Parameters);

        Assert.Equal(
            [
                new("Article", "一", true, true), new("Article", "二", true, false),
                new("Menu", "城中街道", true, true), new ExpectedItem("Page", "首页", true, true),
            ],
            expected.Items.OrderBy(i => i.ContentType, StringComparer.Ordinal).ThenBy(i => i.DisplayText, StringComparer.Ordinal));
    }

    [Fact]
    public void ContentDefinition_adds_to_a_definition_Replace_resets_it_and_Delete_removes_it()
    {
        var file = RecipeFiles.Write(_folder, "definitions.recipe.json", """
            {
              "steps": [
                { "name": "ContentDefinition",
                  "ContentTypes": [ { "Name": "Notice", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] }, { "Name": "Survey" } ],
                  "ContentParts": [ { "Name": "Notice", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Body" } ] } ] },
                { "name": "contentdefinition",
                  "contentTypes": [ { "name": "Notice", "contentTypePartDefinitionRecords": [ { "partName": "BagPart", "name": "Attachments" }, { "partName": "Other", "name": "TitlePart" } ] } ] },
                { "name": "ReplaceContentDefinition",
                  "ContentParts": [ { "Name": "Notice", "ContentPartFieldDefinitionRecords": [ { "FieldName": "DateField", "Name": "Deadline" } ] } ] },
                { "name": "DeleteContentDefinition", "ContentTypes": [ "Survey" ] },
              ]
            }
            """);

        var expected = CorpusExpectations.Read(file, Parameters);

        Assert.Equal(["Notice"], expected.TypeParts.Keys);
        Assert.Equal(["Attachments: BagPart", "TitlePart: TitlePart"],
            expected.TypeParts["Notice"].Select(p => $"{p.Key}: {p.Value}").Order(StringComparer.Ordinal));
        Assert.Equal(["Deadline: DateField"], expected.PartFields["Notice"].Select(f => $"{f.Key}: {f.Value}"));
    }

    [Fact]
    public void A_recipes_step_reads_the_named_recipe_beside_it_and_lists_a_missing_one_as_a_skipped_recipe()
    {
        RecipeFiles.Write(_folder, "child.recipe.json", """
            { "name": "child", "variables": { "x": "[js:uuid()]" },
              "steps": [ { "name": "settings" }, { "name": "Queries" },
                { "name": "content", "data": [ { "ContentItemId": "4same", "ContentType": "Menu" }, { "ContentItemId": "[js: variables('x')]", "ContentType": "Page" } ] } ] }
            """);
        var file = RecipeFiles.Write(_folder, "main.recipe.json", """
            { "name": "main", "variables": { "x": "[js:uuid()]" },
              "steps": [ { "name": "Roles" }, { "name": "recipes", "Values": [ { "name": "Child" }, { "name": "Missing" } ] }, { "name": "Feature" }, { "name": "Templates" },
                { "name": "content", "data": [ { "ContentItemId": "4same", "ContentType": "Menu" }, { "ContentItemId": "[js: variables('x')]", "ContentType": "Page" } ] } ] }
            """);

        var expected = CorpusExpectations.Read(file, Parameters);

        Assert.Equal(
            [new(null, 0, "Roles", 0), new("child", 1, "Queries", 1), new("Missing", 0, "recipe", 1), new ExpectedSkip(null, 3, "Templates", 0)],
            expected.Skipped);
        Assert.Equal(3, expected.Items.Count);
    }
}
