namespace OrchardGov.ContentManagement.Sites;

/// <summary>An administrative division from the national statistical division codes.</summary>
public sealed record Division(string Code, string Name, SiteLevel Level, string? ParentCode);
