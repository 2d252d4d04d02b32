using OrchardGov.ContentManagement.Contents;

namespace OrchardGov.ContentManagement.Features;

/// <summary>
/// Lets a module act when one of its features is switched on or off for a site (e.g. run its migration
/// recipe). It works through the given session, so its changes commit or roll back with the switch.
/// </summary>
public interface IFeatureEventHandler
{
    Task EnabledAsync(ContentSession session, FeatureDescriptor feature, CancellationToken cancellationToken);

    Task DisabledAsync(ContentSession session, FeatureDescriptor feature, CancellationToken cancellationToken);
}
