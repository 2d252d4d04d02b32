using System.Diagnostics.CodeAnalysis;

namespace OrchardGov.ContentManagement.Media;

/// <summary>Whether an editor's upload may be stored, under which name, or why not (a message for the editor).</summary>
public sealed record UploadVerdict(
    [property: MemberNotNullWhen(true, nameof(UploadVerdict.StoredName))]
    [property: MemberNotNullWhen(false, nameof(UploadVerdict.Problem))]
    bool Accepted,
    string? StoredName,
    string? Problem)
{
    public static UploadVerdict Ok(string storedName) => new(true, storedName, null);

    public static UploadVerdict Refused(string problem) => new(false, null, problem);
}
