using System.Text;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>
/// The form in which 索引号 and 文号 are compared: full-width letters and digits as half-width, no spaces, capitals,
/// and every kind of bracket around a 文号's year (〔〕, [], 【】, （）, ()) as 〔〕, so "鹤政发[2025] 3号" finds 鹤政发〔2025〕3号.
/// </summary>
public static class IdentifierText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                '[' or '【' or '(' or '〔' or '［' or '（' => '〔',
                ']' or '】' or ')' or '〕' or '］' or '）' => '〕',
                _ => char.ToUpperInvariant(c),
            });
        }

        return builder.ToString();
    }
}
