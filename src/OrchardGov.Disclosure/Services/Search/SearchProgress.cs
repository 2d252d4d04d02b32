namespace OrchardGov.Disclosure.Services.Search;

/// <summary>How far a reading of whole sites into the index has come: after each site.</summary>
public sealed record SearchProgress(int SitesDone, int SitesTotal, string SiteName, int SiteDocuments, long Documents);
