using System.Security.Claims;
using OrchardGov.ContentManagement.Audit;

namespace OrchardGov.Web.Admin;

/// <summary>The signed-in person and their address; outside a request, the named background job or the command line.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActorSource
{
    public AuditActor Current => http.HttpContext is { } context
        ? new AuditActor(
            context.User.FindFirstValue(ClaimTypes.Name) ?? "匿名",
            context.User.FindFirstValue(ClaimTypes.NameIdentifier),
            context.Connection.RemoteIpAddress?.ToString())
        : AuditActor.CommandLine;
}
