namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>What a route's <c>{id}</c> names; always an item that exists on the site the request is aimed at.</summary>
public enum RouteItem
{
    None,
    Article,
    Column,
    CatalogEntry,

    /// <summary>A column made just before the request, for operations that remove what they are given.</summary>
    NewColumn,
}
