using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.Web.Hosting;

/// <summary>Healthy when the database answers.</summary>
internal sealed class StoreHealthCheck(StoreContextFactory contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The {contexts.Provider} database does not answer.");
    }
}
