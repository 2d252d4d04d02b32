namespace OrchardGov.ContentManagement.Metadata;

/// <summary>
/// All content types and parts of one site, in the record shape of Orchard Core's <c>ContentDefinition</c>
/// recipe step, so that a site's definitions can be exported and imported unchanged.
/// </summary>
public sealed record ContentDefinition
{
    public IReadOnlyList<ContentTypeDefinition> ContentTypes { get; init; } = [];
    public IReadOnlyList<ContentPartDefinition> ContentParts { get; init; } = [];

    public ContentTypeDefinition? Type(string name) =>
        ContentTypes.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    public ContentPartDefinition? Part(string name) =>
        ContentParts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>This definition with the type added, or replacing the type of the same name.</summary>
    public ContentDefinition WithType(ContentTypeDefinition type) =>
        this with { ContentTypes = Replace(ContentTypes, type, t => t.Name) };

    /// <summary>This definition with the part added, or replacing the part of the same name.</summary>
    public ContentDefinition WithPart(ContentPartDefinition part) =>
        this with { ContentParts = Replace(ContentParts, part, p => p.Name) };

    public ContentDefinition WithoutType(string name) =>
        this with { ContentTypes = ContentTypes.Where(t => !SameName(t.Name, name)).ToList() };

    public ContentDefinition WithoutPart(string name) =>
        this with { ContentParts = ContentParts.Where(p => !SameName(p.Name, name)).ToList() };

    private static List<T> Replace<T>(IReadOnlyList<T> items, T item, Func<T, string> name)
    {
        var list = items.ToList();
        var index = list.FindIndex(existing => SameName(name(existing), name(item)));
        if (index >= 0)
        {
            list[index] = item;
        }
        else
        {
            list.Add(item);
        }

        return list;
    }

    private static bool SameName(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
