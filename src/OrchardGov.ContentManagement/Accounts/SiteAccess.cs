using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Accounts;

/// <summary>Loads what a person holds and where a site sits, and answers <see cref="SiteAccessRules"/> questions with them.</summary>
public sealed class SiteAccess(StoreContextFactory contexts)
{
    public async Task<UserGrants> GrantsAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var user = await db.Users.AsNoTracking().Include(u => u.SiteRoles).FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is null
            ? UserGrants.None
            : new UserGrants(user.Id, user.UserName ?? "", user.IsPlatformAdmin, user.SiteRoles.Select(r => (r.SiteId, r.Role)).ToList());
    }

    /// <summary>The site's ids from the top of the hierarchy down to the site.</summary>
    public async Task<IReadOnlyList<int>> LineageAsync(Site site, CancellationToken cancellationToken = default)
    {
        var lineage = new List<int> { site.Id };
        await using var db = contexts.Create();
        for (var parentId = site.ParentId; parentId is { } id && lineage.Count < 16;)
        {
            lineage.Insert(0, id);
            parentId = await db.Sites.Where(s => s.Id == id).Select(s => s.ParentId).FirstOrDefaultAsync(cancellationToken);
        }

        return lineage;
    }

    public async Task<bool> AllowsAsync(UserGrants user, Site site, SitePermission permission, CancellationToken cancellationToken = default) =>
        user.HasAnyRole && SiteAccessRules.Allows(user, permission, await LineageAsync(site, cancellationToken));

    /// <summary>The sites on which the person has the permission, in code order (every site for a platform administrator).</summary>
    public async Task<IReadOnlyList<Site>> SitesAllowingAsync(UserGrants user, SitePermission permission, CancellationToken cancellationToken = default) =>
        (await SitesAllowingAsync(user, [permission], cancellationToken))[permission];

    /// <summary>For each permission, the sites on which the person has it; the sites are read once for all of them.</summary>
    public async Task<IReadOnlyDictionary<SitePermission, IReadOnlyList<Site>>> SitesAllowingAsync(
        UserGrants user, IReadOnlyCollection<SitePermission> permissions, CancellationToken cancellationToken = default)
    {
        if (!user.HasAnyRole)
        {
            return permissions.ToDictionary(p => p, _ => (IReadOnlyList<Site>)[]);
        }

        await using var db = contexts.Create();
        var sites = await db.Sites.AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken);
        if (user.IsPlatformAdmin)
        {
            return permissions.ToDictionary(p => p, _ => (IReadOnlyList<Site>)sites);
        }

        var parents = sites.ToDictionary(s => s.Id, s => s.ParentId);
        var lineages = sites.Select(site => (Site: site, Lineage: Lineage(site.Id, parents))).ToList();
        return permissions.ToDictionary(p => p,
            p => (IReadOnlyList<Site>)lineages.Where(s => SiteAccessRules.Allows(user, p, s.Lineage)).Select(s => s.Site).ToList());
    }

    private static List<int> Lineage(int siteId, Dictionary<int, int?> parents)
    {
        var lineage = new List<int> { siteId };
        for (var parent = parents[siteId]; parent is { } id && lineage.Count < 16; parent = parents.GetValueOrDefault(id))
        {
            lineage.Insert(0, id);
        }

        return lineage;
    }
}
