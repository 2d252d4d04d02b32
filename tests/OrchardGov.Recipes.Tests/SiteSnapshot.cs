using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.Indexes;

namespace OrchardGov.Recipes.Tests;

/// <summary>Everything stored for one site, reduced to a hash, to show that a failed run changed nothing.</summary>
public static class SiteSnapshot
{
    public static async Task<string> TakeAsync(RecipeFixture fixture, int siteId)
    {
        await using var db = fixture.Contexts.Create(siteId);
        var documents = await db.Documents.OrderBy(d => d.Id).Select(d => d.Type + ":" + d.Content).ToListAsync();
        var index = await db.Set<ContentItemIndex>().OrderBy(r => r.ContentItemVersionId)
            .Select(r => r.ContentItemVersionId + (r.Latest ? "L" : "") + (r.Published ? "P" : "")).ToListAsync();
        var features = await db.SiteFeatures.Where(f => f.SiteId == siteId).OrderBy(f => f.FeatureId).Select(f => f.FeatureId).ToListAsync();
        var all = string.Join("\n", documents.Concat(index).Concat(features));
        return $"{documents.Count} documents, {index.Count} index rows, {features.Count} features, "
            + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all)))[..16];
    }
}
