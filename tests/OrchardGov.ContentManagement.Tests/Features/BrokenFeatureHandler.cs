using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;

namespace OrchardGov.ContentManagement.Tests.Features;

/// <summary>A module whose set-up of <see cref="FeatureId"/> writes a content item, then fails.</summary>
public sealed class BrokenFeatureHandler : IFeatureEventHandler
{
    public const string FeatureId = "Test.Broken";

    public async Task EnabledAsync(ContentSession session, FeatureDescriptor feature, CancellationToken cancellationToken)
    {
        if (feature.Id != FeatureId)
        {
            return;
        }

        session.Create(ContentSession.New("Shelf"), publish: true);
        await session.FlushAsync();
        throw new InvalidOperationException("The feature's migration failed.");
    }

    public Task DisabledAsync(ContentSession session, FeatureDescriptor feature, CancellationToken cancellationToken) => Task.CompletedTask;
}
