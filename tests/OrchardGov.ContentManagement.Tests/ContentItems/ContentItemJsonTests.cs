using System.Text.Json;
using OrchardGov.ContentManagement.ContentItems;

namespace OrchardGov.ContentManagement.Tests.ContentItems;

public sealed class ContentItemJsonTests
{
    [Fact]
    public void Property_names_are_read_case_insensitively_and_written_as_Orchard_Core_does()
    {
        var item = ContentItemJson.Parse("""{"contentitemid":"a1","CONTENTTYPE":"Notice","displayText":"通知","published":true,"TitlePart":{"Title":"通知"}}""");

        Assert.Equal(("a1", "Notice", "通知", true), (item.ContentItemId, item.ContentType, item.DisplayText, item.Published));
        Assert.StartsWith("""{"ContentItemId":"a1","ContentItemVersionId":"","ContentType":"Notice","DisplayText":"通知",""", ContentItemJson.Serialize(item));
        Assert.EndsWith(""","TitlePart":{"Title":"通知"}}""", ContentItemJson.Serialize(item));
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted_as_in_recipes()
    {
        var item = ContentItemJson.Parse("""
            {
              // exported by Orchard Core
              "ContentType": "BlogPost",
              "BlogPost": { "Subtitle": { "Text": "副标题" }, },
            }
            """);

        Assert.Equal("副标题", item.Part("BlogPost")!["Subtitle"]!["Text"]!.GetValue<string>());
    }

    [Fact]
    public void A_document_that_is_not_an_object_is_refused()
    {
        Assert.Throws<JsonException>(() => ContentItemJson.Parse("[1, 2]"));
    }

    [Fact]
    public void A_clone_shares_no_part_with_the_original()
    {
        var item = ContentItemJson.Parse("""{"ContentType":"Article","Article":{"Body":{"Text":"原文"}}}""");
        var clone = item.Clone();

        clone.Part("Article")!["Body"]!["Text"] = "改动";

        Assert.Equal("原文", item.Part("Article")!["Body"]!["Text"]!.GetValue<string>());
    }
}
