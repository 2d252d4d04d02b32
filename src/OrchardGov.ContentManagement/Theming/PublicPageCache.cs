using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Theming;

/// <summary>
/// Keeps rendered public pages in memory. A page is keyed by its site's <see cref="Site.ContentStamp"/>, which every
/// change to what the site shows raises in the database, in the same transaction: the next request after a publish
/// (on this node or any other sharing the database) reads the new stamp and renders afresh. A change to the theme's
/// files empties the cache. Answers carry an ETag and Last-Modified and honour conditional requests with 304.
/// </summary>
public sealed class PublicPageCache(ThemeFolder theme, long sizeLimitBytes)
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = sizeLimitBytes });

    public async Task ServeAsync(HttpContext http, Site site, Func<Task<PortalPage?>> render)
    {
        var request = http.Request;
        // The layout renders the elderly-friendly mode, so each mode is a page of its own.
        var variant = ElderlyMode.IsOn(http) ? "elderly" : "standard";
        var key = $"page:{site.Id}:{site.ContentStamp}:{variant}:{request.Path}{request.QueryString}";
        if (!cache.TryGetValue(key, out CachedPage? page))
        {
            var rendered = await render();
            if (rendered is null)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            // A page shows what its site's stamp stands for; it last changed at the latest when the stamp was first seen here.
            page = new CachedPage(rendered, Encoding.UTF8.GetBytes(rendered.Body), site.ContentStamp, variant, TruncatedNow());
            using var entry = cache.CreateEntry(key);
            entry.Value = page;
            entry.Size = page.Bytes.Length + key.Length * 2;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            entry.AddExpirationToken(theme.Changed());
        }

        await WriteAsync(http, page!);
    }

    private static async Task WriteAsync(HttpContext http, CachedPage page)
    {
        var response = http.Response;
        response.Headers.ETag = page.ETag;
        response.Headers.LastModified = page.LastModified.ToString("R", CultureInfo.InvariantCulture);
        // Browsers and proxies may keep the page but must ask again (a cheap 304) before showing it.
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = "Cookie";
        if (page.Page.StatusCode == StatusCodes.Status200OK && IsNotModified(http.Request, page))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = page.Page.StatusCode;
        response.ContentType = page.Page.ContentType;
        response.ContentLength = page.Bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await response.Body.WriteAsync(page.Bytes, http.RequestAborted);
        }
    }

    private static bool IsNotModified(HttpRequest request, CachedPage page)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch is { Count: > 0 } tags)
        {
            return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag == page.ETag);
        }

        // HTTP dates have whole seconds.
        return headers.IfModifiedSince is { } since && page.LastModified.ToUnixTimeSeconds() <= since.ToUnixTimeSeconds();
    }

    private static DateTimeOffset TruncatedNow()
    {
        var now = DateTimeOffset.UtcNow;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    private sealed record CachedPage(PortalPage Page, byte[] Bytes, long Stamp, string Variant, DateTimeOffset LastModified)
    {
        public string ETag { get; } = $"\"{Stamp:x}-{Variant}-{Convert.ToHexStringLower(SHA256.HashData(Bytes))[..12]}\"";
    }
}
