using Lucene.Net.Analysis;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>
/// What a visitor typed, read as words: each run of text between spaces is one word, cut into terms as each field
/// of the index is (<see cref="SearchAnalyzer"/>: "医保缴费" → 医|保|缴费 for titles, 医保|保缴|缴费 for bodies), so its
/// parts must stand together in a document as they stood in the query. Nothing is parsed as query syntax: quotes, stars, colons and minus signs are just characters, and the
/// analyzer drops them. Very long input is cut to <see cref="MaxLength"/> characters and <see cref="MaxWords"/> words.
/// </summary>
public sealed record SearchText
{
    public const int MaxLength = 100;
    public const int MaxWords = 10;

    /// <summary>The text as used (trimmed, cut), for showing back in the search box.</summary>
    public required string Text { get; init; }

    /// <summary>The input was longer than <see cref="MaxLength"/> and was cut.</summary>
    public bool Cut { get; init; }

    public required IReadOnlyList<SearchWord> Words { get; init; }

    /// <summary>The whole text in the form 索引号 and 文号 are compared in.</summary>
    public required string Identifier { get; init; }

    /// <summary>Nothing searchable was typed (blank, or only punctuation and symbols).</summary>
    public bool IsEmpty => Words.Count == 0 && Identifier.Length == 0;

    public static SearchText Read(string? input, Analyzer analyzer)
    {
        // Tabs and line breaks separate words as spaces do; other control characters are dropped.
        var text = new string((input ?? "").Select(c => char.IsWhiteSpace(c) ? ' ' : c).Where(c => !char.IsControl(c)).ToArray()).Trim();
        var cut = text.Length > MaxLength;
        if (cut)
        {
            // Never half of a character outside the basic plane (an emoji, a rare 汉字).
            text = text[..(char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => SearchWord.Read(word, analyzer))
            .Where(word => word.Terms.Count > 0 || word.BodyTerms.Count > 0)
            .Take(MaxWords)
            .ToList();
        var identifier = IdentifierText.Normalize(text);
        return new SearchText
        {
            Text = text,
            Cut = cut,
            Words = words,
            // A lone symbol is not an identifier anyone has.
            Identifier = identifier.Any(char.IsLetterOrDigit) ? identifier : "",
        };
    }
}
