namespace OrchardGov.Web.Admin;

/// <summary>A link of the admin's menus.</summary>
public sealed record AdminLink(string Title, string Url);
