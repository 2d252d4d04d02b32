using OrchardGov.ContentManagement;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Pages.Admin.Articles;

/// <summary>The article form's fields. The 索引号 and review state are not among them: the editor never sets those.</summary>
public sealed class ArticleInput
{
    public string? Title { get; set; }
    public string? ColumnId { get; set; }
    public string? CatalogEntryId { get; set; }
    public string? Body { get; set; }
    public string? IssuingBody { get; set; }
    public DateOnly? WrittenOn { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? DocumentNumber { get; set; }
    public string? Topic { get; set; }
    public Validity Validity { get; set; }
    public DateOnly? RepealedOn { get; set; }
    public DateOnly? FormedOn { get; set; }

    /// <summary>Stored attachments the editor ticked for removal.</summary>
    public List<string> RemoveAttachments { get; set; } = [];

    /// <summary>China time (datetime-local) at which to publish; empty cancels the schedule.</summary>
    public DateTime? ScheduleAt { get; set; }

    public static ArticleInput From(Article article) => new()
    {
        Title = article.Title,
        ColumnId = article.ColumnId,
        CatalogEntryId = article.CatalogEntryId,
        Body = article.Body,
        IssuingBody = article.IssuingBody,
        WrittenOn = article.WrittenOn,
        PublishedOn = article.PublishedOn,
        DocumentNumber = article.DocumentNumber,
        Topic = article.Topic,
        Validity = article.Validity,
        RepealedOn = article.RepealedOn,
        FormedOn = article.FormedOn,
        ScheduleAt = article.ScheduledUtc is { } at ? ChinaTime.ToChina(at).DateTime : null,
    };

    /// <summary>The article as the editor wrote it, over the stored one (whose attachments it keeps unless removed).</summary>
    public Article ToArticle(Article? stored, IEnumerable<string> newAttachments) => (stored ?? new Article { Title = "" }) with
    {
        Title = (Title ?? "").Trim(),
        ColumnId = Blank(ColumnId),
        CatalogEntryId = Blank(CatalogEntryId),
        Body = Body ?? "",
        IssuingBody = (IssuingBody ?? "").Trim(),
        WrittenOn = WrittenOn,
        PublishedOn = PublishedOn,
        DocumentNumber = (DocumentNumber ?? "").Trim(),
        Topic = (Topic ?? "").Trim(),
        Validity = Validity,
        RepealedOn = Validity == Validity.Repealed ? RepealedOn : null,
        FormedOn = FormedOn,
        Attachments = (stored?.Attachments ?? []).Except(RemoveAttachments).Concat(newAttachments).ToList(),
    };

    /// <summary>The scheduled time in UTC, reading the field as China time (UTC+8).</summary>
    public DateTime? ScheduleUtc =>
        ScheduleAt is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChinaTime.Offset).UtcDateTime : null;

    private static string? Blank(string? id) => string.IsNullOrWhiteSpace(id) ? null : id;
}
