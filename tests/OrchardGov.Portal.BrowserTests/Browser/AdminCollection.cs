namespace OrchardGov.Portal.BrowserTests.Browser;

/// <summary>
/// The admin's browser tests get a portal and a Chromium of their own: what they change (people, reviews, drafts,
/// sessions) stays out of the public pages' tests, which expect the seeded portal as it was.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AdminCollection : ICollectionFixture<PortalBrowser>
{
    public const string Name = "Admin in Chromium";
}
