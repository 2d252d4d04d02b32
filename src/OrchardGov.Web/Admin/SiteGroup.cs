using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Admin;

/// <summary>One kind of work a person does on some sites, with the page of those sites shown and where each link leads.</summary>
public sealed record SiteGroup(string Key, string Title, IReadOnlyList<Site> Sites, int Total, Pager Pager, string LinkSuffix);
