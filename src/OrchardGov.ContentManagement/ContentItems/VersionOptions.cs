namespace OrchardGov.ContentManagement.ContentItems;

/// <summary>Which version of a content item a read wants.</summary>
public enum VersionOptions
{
    /// <summary>The version the public sees; none when the item is not published.</summary>
    Published,

    /// <summary>The newest version, draft or published.</summary>
    Latest,

    /// <summary>The newest version if it is a draft; none when the latest version is the published one.</summary>
    Draft,
}
