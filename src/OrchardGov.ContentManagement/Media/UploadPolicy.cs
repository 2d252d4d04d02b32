namespace OrchardGov.ContentManagement.Media;

/// <summary>How large an upload may be and which kinds of file a site takes.</summary>
public sealed record UploadPolicy
{
    public static UploadPolicy Default { get; } = new();

    public long MaxBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Extensions with their dot (".pdf"); each must be one whose content <see cref="UploadCheck"/> knows how to recognise.</summary>
    public IReadOnlyList<string> AllowedExtensions
    {
        get;
        init
        {
            // An extension without a signature rule could carry any content under an innocent name.
            var unknown = value.Where(extension => !HeadSignatures.Knows(extension)).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException(
                    $"No content signature is known for {string.Join(", ", unknown)}; add one to {nameof(HeadSignatures)} before allowing it.",
                    nameof(AllowedExtensions));
            }

            field = value;
        }
    } =
    [
        ".pdf", ".ofd", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".et", ".ppt", ".pptx", ".txt", ".csv",
        ".zip", ".rar", ".7z", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp4", ".mp3",
    ];
}
