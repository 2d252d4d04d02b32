namespace OrchardGov.ContentManagement.Metadata;

/// <summary>
/// The field kinds Orchard Core ships. A definition may name other kinds (from modules this host does not
/// have); they are stored and exported unchanged.
/// </summary>
public static class ContentFieldKinds
{
    public const string Text = "TextField";
    public const string Html = "HtmlField";
    public const string Numeric = "NumericField";
    public const string Boolean = "BooleanField";
    public const string Date = "DateField";
    public const string DateTime = "DateTimeField";
    public const string Link = "LinkField";
    public const string ContentPicker = "ContentPickerField";
    public const string MultiText = "MultiTextField";
    public const string Taxonomy = "TaxonomyField";
    public const string Media = "MediaField";

    public static readonly IReadOnlyList<string> All =
        [Text, Html, Numeric, Boolean, Date, DateTime, Link, ContentPicker, MultiText, Taxonomy, Media];

    public static bool IsKnown(string fieldName) => All.Contains(fieldName, StringComparer.Ordinal);
}
