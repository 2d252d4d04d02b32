namespace OrchardGov.Portal.BrowserTests.Browser;

/// <summary>The browser tests share one portal and one Chromium: starting them is most of the run's time.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalBrowser>
{
    public const string Name = "Portal in Chromium";
}
