namespace OrchardGov.ContentManagement.Sites;

/// <summary>A request to create a site; what is left null comes from the division codes.</summary>
public sealed record SiteCreation(string Code, string? Name = null, string? ParentCode = null, SiteLevel? Level = null);
