using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Accounts;

/// <summary>Creates people, gives and takes their site roles, and lists them; every change goes to the audit trail.</summary>
public sealed class AccountDirectory(UserManager<AdminUser> users, StoreDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>A password that meets the policy: 16 characters with upper and lower case letters and digits.</summary>
    public static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789";
        var chars = (RandomNumberGenerator.GetString(upper, 1) + RandomNumberGenerator.GetString(lower, 1)
            + RandomNumberGenerator.GetString(digits, 1) + RandomNumberGenerator.GetString(upper + lower + digits, 13)).ToCharArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    public async Task<AdminUser> CreateAsync(string userName, string displayName, string password, bool platformAdmin = false)
    {
        var user = new AdminUser
        {
            UserName = userName.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? userName.Trim() : displayName.Trim(),
            IsPlatformAdmin = platformAdmin,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        Check(await users.CreateAsync(user, password), userName, "不能创建用户");
        await audit.RecordAsync(null, new AuditRecord("user.create", user.Id, $"用户 {user.UserName}",
            After: new { user.UserName, user.DisplayName, user.IsPlatformAdmin }));
        return user;
    }

    public async Task<AdminUser?> FindAsync(string userName) => await users.FindByNameAsync(userName.Trim());

    /// <summary>
    /// Gives the person a new password (an operator's reset): checked against the policy before the old one is
    /// dropped, the account unlocked, and every session signed in with the old password ended.
    /// </summary>
    public async Task SetPasswordAsync(AdminUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            Check(await validator.ValidateAsync(users, user, password), user.UserName ?? "");
        }

        Check(await users.RemovePasswordAsync(user), user.UserName ?? "");
        Check(await users.AddPasswordAsync(user, password), user.UserName ?? "");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(null, new AuditRecord("user.password.reset", user.Id, $"用户 {user.UserName}"));
    }

    /// <summary>A person changes their own password, proving the current one.</summary>
    public async Task ChangePasswordAsync(AdminUser user, string current, string password)
    {
        Check(await users.ChangePasswordAsync(user, current, password), user.UserName ?? "", "不能修改密码");
        await audit.RecordAsync(null, new AuditRecord("user.password.change", user.Id, $"用户 {user.UserName}"));
    }

    public async Task AssignAsync(AdminUser user, Site site, SiteRole role)
    {
        if (await db.SiteRoleAssignments.AnyAsync(r => r.UserId == user.Id && r.SiteId == site.Id && r.Role == role))
        {
            return;
        }

        db.SiteRoleAssignments.Add(new SiteRoleAssignment { UserId = user.Id, SiteId = site.Id, Role = role });
        await db.SaveChangesAsync();
        await audit.RecordAsync(site.Id, new AuditRecord("user.role.add", user.Id, $"用户 {user.UserName} 在 {site.Name}（{site.Code}）",
            After: new { Role = SiteRoleNames.LabelOf(role) }));
    }

    public async Task<bool> RemoveRoleAsync(AdminUser user, Site site, SiteRole role)
    {
        var removed = await db.SiteRoleAssignments.Where(r => r.UserId == user.Id && r.SiteId == site.Id && r.Role == role).ExecuteDeleteAsync();
        if (removed > 0)
        {
            await audit.RecordAsync(site.Id, new AuditRecord("user.role.remove", user.Id, $"用户 {user.UserName} 在 {site.Name}（{site.Code}）",
                Before: new { Role = SiteRoleNames.LabelOf(role) }));
        }

        return removed > 0;
    }

    /// <summary>Everyone (<paramref name="siteIds"/> null), or the people with a role on one of the sites.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAsync(IReadOnlyCollection<int>? siteIds = null)
    {
        var query = db.Users.AsNoTracking().Include(u => u.SiteRoles).AsQueryable();
        if (siteIds is not null)
        {
            query = query.Where(u => u.SiteRoles.Any(r => siteIds.Contains(r.SiteId)));
        }

        var people = await query.OrderBy(u => u.UserName).ToListAsync();
        var siteNames = await db.Sites.AsNoTracking().ToDictionaryAsync(s => s.Id, s => (s.Code, s.Name));
        var now = clock.GetUtcNow();
        return people.Select(u => new UserSummary(
            u.Id, u.UserName ?? "", u.DisplayName, u.IsPlatformAdmin, u.LockoutEnd > now,
            u.SiteRoles.OrderBy(r => siteNames[r.SiteId].Code).Select(r => (siteNames[r.SiteId].Code, siteNames[r.SiteId].Name, r.Role)).ToList())).ToList();
    }

    private static void Check(IdentityResult result, string userName, string what = "不能设置用户")
    {
        if (!result.Succeeded)
        {
            throw new UserInputException($"{what}“{userName}”：" + string.Join("", result.Errors.Select(e => e.Description)));
        }
    }
}
