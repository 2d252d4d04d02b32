namespace OrchardGov.ContentManagement.Features;

/// <summary>Lets a module act when one of its features is switched on or off for a site (e.g. run its migration recipe).</summary>
public interface IFeatureEventHandler
{
    Task EnabledAsync(int siteId, FeatureDescriptor feature, CancellationToken cancellationToken);

    Task DisabledAsync(int siteId, FeatureDescriptor feature, CancellationToken cancellationToken);
}
