using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Recipes.Scaffolding;

namespace OrchardGov.Web.Hosting;

/// <summary>
/// What an empty database gets on the first start: an administrator with a generated password, shown once,
/// and a small demo platform to look at: 怀化市 &gt; 鹤城区 set up with the county recipe, and every township of
/// 鹤城区 with the township recipe (complete catalogs and column trees).
/// </summary>
public sealed class FirstStart(StoreContextFactory contexts, SiteRegistry sites, SiteScaffolder scaffolder, IServiceScopeFactory scopes)
{
    public const string AdministratorName = "admin";
    public const string DemoCity = "4312";
    public const string DemoCounty = "431202";

    /// <summary>Creates what is missing; returns the administrator's password when the account was created now.</summary>
    public async Task<string?> RunAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = contexts.Create())
        {
            if (await db.Users.AnyAsync(cancellationToken))
            {
                return null;
            }
        }

        // The demo comes first: if it fails, no account exists yet and the next start tries both again,
        // so the password is never created without being shown.
        await CreateDemoPlatformAsync(cancellationToken);
        return await CreateAdministratorAsync();
    }

    private async Task<string> CreateAdministratorAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var password = AccountDirectory.GeneratePassword();
        await scope.ServiceProvider.GetRequiredService<AccountDirectory>().CreateAsync(AdministratorName, "平台管理员", password, platformAdmin: true);
        return password;
    }

    private async Task CreateDemoPlatformAsync(CancellationToken cancellationToken)
    {
        if (await sites.FindAsync(DemoCity, cancellationToken) is null)
        {
            await sites.CreateAsync(new SiteCreation(DemoCity), cancellationToken);
        }

        await scaffolder.ScaffoldAsync(DemoCounty, "county", cancellationToken);
        foreach (var township in scaffolder.TownshipsUnder(DemoCounty))
        {
            await scaffolder.ScaffoldAsync(township.Code, "township", cancellationToken);
        }
    }
}
