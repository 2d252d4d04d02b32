using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>
/// The admin operations the running app maps, named as <see cref="AdminRoute.Key"/> names them: each method of an
/// API route, and each handler of a Razor Page (loaded as the first request to the page would load it).
/// </summary>
public static class MappedAdminOperations
{
    public static async Task<IReadOnlyList<string>> ListAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var operations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
            if (!IsAdmin(pattern))
            {
                continue;
            }

            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods)
                {
                    var method = handler.HttpMethod.ToUpperInvariant();
                    operations.Add(handler.Name is { } name ? $"{method} {pattern}?handler={name}" : $"{method} {pattern}");
                }
            }
            else
            {
                foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["(any method)"])
                {
                    operations.Add($"{method} {pattern}");
                }
            }
        }

        return [.. operations];
    }

    private static bool IsAdmin(string pattern) =>
        pattern == "/admin" || pattern.StartsWith("/admin/", StringComparison.OrdinalIgnoreCase)
        || pattern == "/api/admin" || pattern.StartsWith("/api/admin/", StringComparison.OrdinalIgnoreCase);
}
