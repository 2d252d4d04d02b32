using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Review;

/// <summary>One submitted version of a site's catalog, kept as JSON so the reviewer can compare it with a later one.</summary>
public sealed record CatalogSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        // Stored versions are read by people too (support, exports), and never written into a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // Computed properties (an entry's Key, IsProactive) are derived again on reading; storing them would only mislead.
        IgnoreReadOnlyProperties = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public IReadOnlyList<CatalogEntry> Entries { get; init; } = [];
    public IReadOnlyList<DomainState> Domains { get; init; } = [];

    public static string ToJson(CatalogSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Options);

    public static CatalogSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<CatalogSnapshot>(json, Options)
        ?? throw new JsonException("A stored catalog version must be a JSON object with entries and domains, not null.");
}
