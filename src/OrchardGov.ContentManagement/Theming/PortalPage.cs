namespace OrchardGov.ContentManagement.Theming;

/// <summary>A rendered public page (or feed), as the cache keeps it.</summary>
public sealed record PortalPage(string Body, string ContentType = "text/html; charset=utf-8", int StatusCode = 200);
