using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Sites;

/// <summary>Creates and finds sites.</summary>
public sealed class SiteRegistry(StoreContextFactory contexts, DivisionDirectory divisions, TimeProvider clock)
{
    public async Task<Site?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.Sites.AsNoTracking().Include(s => s.HostNames).FirstOrDefaultAsync(s => s.Code == code, cancellationToken);
    }

    public async Task<Site> GetAsync(string code, CancellationToken cancellationToken = default) =>
        await FindAsync(code, cancellationToken)
        ?? throw NoSuchSite(code);

    public async Task<Site?> FindByHostAsync(string hostName, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var host = hostName.ToLowerInvariant();
        return await db.Sites.AsNoTracking().Include(s => s.HostNames)
            .FirstOrDefaultAsync(s => s.HostNames.Any(h => h.HostName == host), cancellationToken);
    }

    public async Task<Site?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    /// <summary>The sites with the given ids, by id (ids of sites that no longer exist are left out).</summary>
    public async Task<IReadOnlyDictionary<int, Site>> FindAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.Sites.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
    }

    /// <summary>The sites directly below a site (or the top-level sites for null), ordered by code.</summary>
    public async Task<IReadOnlyList<Site>> ChildrenAsync(int? parentId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.Sites.AsNoTracking().Where(s => s.ParentId == parentId).OrderBy(s => s.Code).ToListAsync(cancellationToken);
    }

    /// <summary>All sites, or the site with the code and every site below it, ordered by code.</summary>
    public async Task<IReadOnlyList<Site>> ListAsync(string? underCode = null, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var sites = await db.Sites.AsNoTracking().Include(s => s.HostNames).OrderBy(s => s.Code).ToListAsync(cancellationToken);
        if (underCode is null)
        {
            return sites;
        }

        var root = sites.FirstOrDefault(s => s.Code == underCode)
            ?? throw NoSuchSite(underCode);
        var children = sites.ToLookup(s => s.ParentId);
        var subtree = new List<Site>();
        var pending = new Stack<Site>([root]);
        while (pending.TryPop(out var site))
        {
            subtree.Add(site);
            foreach (var child in children[site.Id])
            {
                pending.Push(child);
            }
        }

        return subtree.OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Creates a site. A division code supplies the name and level; the parent is the nearest existing site
    /// among the division's ancestors, unless one is named.
    /// </summary>
    public async Task<Site> CreateAsync(SiteCreation request, CancellationToken cancellationToken = default)
    {
        if (SiteCodes.Problem(request.Code) is { } problem)
        {
            throw new UserInputException(problem);
        }

        var division = divisions.Find(request.Code);
        var name = request.Name ?? division?.Name ?? throw new UserInputException(
            $"'{request.Code}' is not a statistical division code, so the site needs a name: add --name.");
        var level = request.Level ?? division?.Level ?? throw new UserInputException(
            $"'{request.Code}' is not a statistical division code, so the site needs a level: add --level Platform|City|County|Township.");

        await using var db = contexts.Create();
        if (await db.Sites.AnyAsync(s => s.Code == request.Code, cancellationToken))
        {
            throw new UserInputException($"A site with the code '{request.Code}' already exists.");
        }

        var site = new Site
        {
            Code = request.Code,
            Name = name,
            Level = level,
            ParentId = await ParentIdAsync(db, request, division, cancellationToken),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Sites.Add(site);
        await db.SaveChangesAsync(cancellationToken);
        // The parent's pages list the sites below it.
        await db.Sites.Where(s => s.Id == site.ParentId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.ContentStamp, s => s.ContentStamp + 1), cancellationToken);
        return site;
    }

    /// <summary>Changes a site's name, host names (replacing them all) and registration numbers.</summary>
    public async Task<Site> UpdateAsync(string code, SiteUpdate update, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var site = await db.Sites.Include(s => s.HostNames).FirstOrDefaultAsync(s => s.Code == code, cancellationToken)
            ?? throw NoSuchSite(code);
        var name = string.IsNullOrWhiteSpace(update.Name) ? site.Name : update.Name.Trim();
        if (name != site.Name)
        {
            // Search results name their site.
            db.ContentChanges.Add(ContentChange.WholeSite(site.Id, clock.GetUtcNow().UtcDateTime));
        }

        site.Name = name;
        site.SiteIdentificationCode = Changed(update.SiteIdentificationCode, site.SiteIdentificationCode);
        site.IcpRecord = Changed(update.IcpRecord, site.IcpRecord);
        site.PublicSecurityRecord = Changed(update.PublicSecurityRecord, site.PublicSecurityRecord);
        site.Sponsor = Changed(update.Sponsor, site.Sponsor);
        site.Contact = Changed(update.Contact, site.Contact);
        site.ContentStamp++;
        if (update.HostNames is not null)
        {
            var hostNames = await CheckHostNamesAsync(db, site, update.HostNames, cancellationToken);
            site.HostNames.RemoveAll(h => !hostNames.Contains(h.HostName));
            site.HostNames.AddRange(hostNames.Where(h => site.HostNames.All(existing => existing.HostName != h))
                .Select(h => new SiteHostName { HostName = h }));
        }

        await db.SaveChangesAsync(cancellationToken);
        return site;
    }

    // A blank value clears the field, so the portal falls back to its default (the sponsor is then the site's name).
    private static string? Changed(string? requested, string? current) =>
        requested is null ? current : string.IsNullOrWhiteSpace(requested) ? null : requested.Trim();

    private static async Task<List<string>> CheckHostNamesAsync(
        StoreDbContext db, Site site, IEnumerable<string> requested, CancellationToken cancellationToken)
    {
        var hostNames = new List<string>();
        foreach (var hostName in requested)
        {
            var (normalized, problem) = HostNames.Normalize(hostName);
            if (problem is not null)
            {
                throw new UserInputException(problem);
            }

            hostNames.Add(normalized!);
        }

        var taken = await db.SiteHostNames.Where(h => hostNames.Contains(h.HostName) && h.SiteId != site.Id)
            .Join(db.Sites, h => h.SiteId, s => s.Id, (h, s) => new { h.HostName, s.Code }).FirstOrDefaultAsync(cancellationToken);
        return taken is null
            ? hostNames.Distinct().ToList()
            : throw new UserInputException($"The host name '{taken.HostName}' is already bound to site {taken.Code}.");
    }

    private static UserInputException NoSuchSite(string code) =>
        new($"No site has the code '{code}'. 'sites list' shows the sites there are.");

    private async Task<int?> ParentIdAsync(StoreDbContext db, SiteCreation request, Division? division, CancellationToken cancellationToken)
    {
        if (request.ParentCode is not null)
        {
            return await db.Sites.Where(s => s.Code == request.ParentCode).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new UserInputException($"The parent site '{request.ParentCode}' does not exist; create it first.");
        }

        for (var ancestor = division?.ParentCode; ancestor is not null; ancestor = divisions.Find(ancestor)?.ParentCode)
        {
            var code = ancestor;
            var parentId = await db.Sites.Where(s => s.Code == code).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
            if (parentId is not null)
            {
                return parentId;
            }
        }

        return null;
    }
}
