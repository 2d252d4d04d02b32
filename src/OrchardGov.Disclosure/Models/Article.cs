namespace OrchardGov.Disclosure.Models;

/// <summary>
/// A piece of published government information (政府信息) under a column, tied to the catalog entry it fulfils.
/// <see cref="FormedOn"/> (信息形成(变更)日期) starts the entry's disclosure deadline.
/// </summary>
public sealed record Article
{
    public string ContentItemId { get; init; } = "";
    public required string Title { get; init; }
    public string Body { get; init; } = "";
    public IReadOnlyList<string> Attachments { get; init; } = [];
    public string? ColumnId { get; init; }
    public string? CatalogEntryId { get; init; }
    public string IndexNumber { get; init; } = "";
    public string IssuingBody { get; init; } = "";
    public DateOnly? WrittenOn { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public string DocumentNumber { get; init; } = "";
    public string Topic { get; init; } = "";
    public Validity Validity { get; init; }
    public DateOnly? RepealedOn { get; init; }
    public string? ReplacedById { get; init; }
    public DateOnly? FormedOn { get; init; }

    /// <summary>When the draft is to be published by itself; null when it is not scheduled.</summary>
    public DateTime? ScheduledUtc { get; init; }

    public ArticleReviewStatus ReviewStatus { get; init; }

    /// <summary>Why a reviewer returned the article, for its editor.</summary>
    public string ReviewNote { get; init; } = "";
}
