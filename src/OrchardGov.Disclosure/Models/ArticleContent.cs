using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.ContentItems;
using static OrchardGov.Disclosure.Models.ContentFields;

namespace OrchardGov.Disclosure.Models;

/// <summary>Maps an <see cref="Article"/> to and from its content item (TitlePart, HtmlBodyPart and the <c>Article</c> part).</summary>
public static class ArticleContent
{
    public static Article Read(ContentItem item)
    {
        var part = item.Part(DisclosureTypes.Article);
        return new Article
        {
            ContentItemId = item.ContentItemId,
            Title = item.Part("TitlePart")?["Title"]?.GetValue<string>() ?? item.DisplayText ?? "",
            Body = Html(item.Part("HtmlBodyPart")),
            Attachments = part?["Attachments"]?["Paths"] is JsonArray paths ? paths.OfType<JsonValue>().Select(p => p.ToString()).ToList() : [],
            ColumnId = Id(part, "Column"),
            CatalogEntryId = Id(part, "CatalogEntry"),
            IndexNumber = Text(part, "IndexNumber"),
            IssuingBody = Text(part, "IssuingBody"),
            WrittenOn = Date(part, "WrittenOn"),
            PublishedOn = Date(part, "PublishedOn"),
            DocumentNumber = Text(part, "DocumentNumber"),
            Topic = Text(part, "Topic"),
            Validity = Enum.TryParse<Validity>(Text(part, "Validity"), out var validity) ? validity : Validity.Valid,
            RepealedOn = Date(part, "RepealedOn"),
            ReplacedById = Id(part, "ReplacedBy"),
            FormedOn = Date(part, "FormedOn"),
            ScheduledUtc = part?["ScheduledUtc"]?["Value"] is JsonValue scheduled && scheduled.TryGetValue<DateTime>(out var at) ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null,
            ReviewStatus = Enum.TryParse<ArticleReviewStatus>(Text(part, "ReviewStatus"), out var review) ? review : ArticleReviewStatus.None,
            ReviewNote = Text(part, "ReviewNote"),
        };
    }

    public static ContentItem ToContentItem(Article article)
    {
        var item = new ContentItem { ContentType = DisclosureTypes.Article, ContentItemId = article.ContentItemId };
        Write(article, item);
        return item;
    }

    /// <summary>Writes the article's values into the item, replacing its title, body and article part.</summary>
    public static void Write(Article article, ContentItem item)
    {
        item.DisplayText = article.Title;
        item.Parts["TitlePart"] = new JsonObject { ["Title"] = article.Title };
        item.Parts["HtmlBodyPart"] = new JsonObject { ["Html"] = article.Body };
        var part = item.GetOrAddPart(DisclosureTypes.Article);
        part["Attachments"] = new JsonObject { ["Paths"] = new JsonArray(article.Attachments.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()) };
        SetIds(part, "Column", article.ColumnId is null ? [] : [article.ColumnId]);
        SetIds(part, "CatalogEntry", article.CatalogEntryId is null ? [] : [article.CatalogEntryId]);
        SetText(part, "IndexNumber", article.IndexNumber);
        SetText(part, "IssuingBody", article.IssuingBody);
        SetDate(part, "WrittenOn", article.WrittenOn);
        SetDate(part, "PublishedOn", article.PublishedOn);
        SetText(part, "DocumentNumber", article.DocumentNumber);
        SetText(part, "Topic", article.Topic);
        SetText(part, "Validity", article.Validity.ToString());
        SetDate(part, "RepealedOn", article.RepealedOn);
        SetIds(part, "ReplacedBy", article.ReplacedById is null ? [] : [article.ReplacedById]);
        SetDate(part, "FormedOn", article.FormedOn);
        if (article.ScheduledUtc is { } scheduled)
        {
            part["ScheduledUtc"] = new JsonObject { ["Value"] = DateTime.SpecifyKind(scheduled, DateTimeKind.Utc) };
        }
        else
        {
            part.Remove("ScheduledUtc");
        }

        SetText(part, "ReviewStatus", article.ReviewStatus == ArticleReviewStatus.None ? "" : article.ReviewStatus.ToString());
        SetText(part, "ReviewNote", article.ReviewNote);
    }
}
