using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Web.Hosting;

namespace OrchardGov.Web.Tests.Hosting;

public sealed class FirstStartTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_administrator_gets_a_generated_password_that_is_given_out_only_once()
    {
        portal.CreateClient();
        await using var db = portal.Services.GetRequiredService<StoreContextFactory>().Create();
        var admin = await db.Users.SingleAsync();
        var again = await portal.Services.GetRequiredService<FirstStart>().RunAsync();

        Assert.Null(again);
        Assert.True(admin.IsPlatformAdmin);
        Assert.Equal(PasswordVerificationResult.Failed,
            new PasswordHasher<AdminUser>().VerifyHashedPassword(admin, admin.PasswordHash!, "admin"));
        Assert.Equal(1, await db.Users.CountAsync());
    }
}
