using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Accounts;

public static class AccountServices
{
    /// <summary>People, their site roles and the audit trail, stored with ASP.NET Core Identity in the store's database.</summary>
    public static IdentityBuilder AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<StoreDbContext>(provider => provider.GetRequiredService<StoreContextFactory>().Create());
        services.AddSingleton<SiteAccess>();
        services.AddScoped<AccountDirectory>();
        services.AddSingleton<AuditTrail>();
        services.TryAddSingleton<IAuditActorSource, CommandLineActor>();
        return services.AddIdentityCore<AdminUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
            })
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddUserStore<UserOnlyStore<AdminUser, StoreDbContext>>();
    }
}
