using System.CommandLine;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Cli;

/// <summary><c>users create --name N --role ROLE [--site CODE] [--display-name 姓名]</c> and <c>users list [--site CODE]</c>.</summary>
internal static class UsersCommands
{
    public static Command Create(CliConsole console, Action<IHostApplicationBuilder>? configure) =>
        new("users", "用户：创建账号并授予站点角色 / create accounts and give site roles")
        {
            CreateCommand(console, configure),
            PasswordCommand(console, configure),
            ListCommand(console, configure),
        };

    private static Command CreateCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var name = new Option<string>("--name") { Description = "登录名 / user name", Required = true };
        var role = new Option<string>("--role")
        {
            Description = "角色：platform-admin、site-admin、editor、reviewer / role", Required = true,
        };
        var site = new Option<string?>("--site") { Description = "站点代码（平台管理员不需要）/ site code" };
        var displayName = new Option<string?>("--display-name") { Description = "姓名 / the person's name" };
        var command = new Command("create", "创建用户（已有则只授予角色）；密码从标准输入读取，或生成后只显示一次 / create a user; the password comes from stdin or is generated and shown once")
        {
            name, role, site, displayName,
        };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var roleName = parsed.GetValue(role)!;
            var platformAdmin = roleName.Equals(SiteRoleNames.PlatformAdmin, StringComparison.OrdinalIgnoreCase);
            if (!platformAdmin && !SiteRoleNames.ByName.ContainsKey(roleName))
            {
                throw new UserInputException($"没有角色“{roleName}”：可用的角色有 {SiteRoleNames.PlatformAdmin}、{string.Join("、", SiteRoleNames.ByName.Keys)}。");
            }

            var target = platformAdmin ? null
                : await services.GetRequiredService<SiteRegistry>().GetAsync(parsed.GetValue(site)
                    ?? throw new UserInputException($"角色 {roleName} 需要用 --site 指定站点。"), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var directory = scope.ServiceProvider.GetRequiredService<AccountDirectory>();
            var user = await directory.FindAsync(parsed.GetValue(name)!);
            if (user is null)
            {
                var password = await PasswordAsync(console, cancellationToken);
                var generated = password is null;
                password ??= AccountDirectory.GeneratePassword();
                user = await directory.CreateAsync(parsed.GetValue(name)!, parsed.GetValue(displayName) ?? "", password, platformAdmin);
                await console.Output.WriteLineAsync(generated
                    ? $"已创建用户 {user.UserName}，密码（只显示这一次）：{password}"
                    : $"已创建用户 {user.UserName}（密码取自标准输入）");
            }
            else if (platformAdmin && !user.IsPlatformAdmin)
            {
                throw new UserInputException($"用户 {user.UserName} 已存在；平台管理员只能在创建账号时设定。");
            }

            if (target is not null)
            {
                var siteRole = SiteRoleNames.ByName[roleName];
                await directory.AssignAsync(user, target, siteRole);
                await console.Output.WriteLineAsync($"{user.UserName} 是 {target.Name}（{target.Code}）的{SiteRoleNames.LabelOf(siteRole)}");
            }

            return OrchardGovCli.Success;
        });
        return command;
    }

    private static Command PasswordCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var name = new Option<string>("--name") { Description = "登录名 / user name", Required = true };
        var command = new Command("password", "重设密码并解除锁定；新密码从标准输入读取，或生成后只显示一次 / reset a password and unlock the account") { name };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            var directory = scope.ServiceProvider.GetRequiredService<AccountDirectory>();
            var user = await directory.FindAsync(parsed.GetValue(name)!)
                ?? throw new UserInputException($"没有用户名为“{parsed.GetValue(name)}”的用户。");
            var piped = await PasswordAsync(console, cancellationToken);
            var password = piped ?? AccountDirectory.GeneratePassword();
            await directory.SetPasswordAsync(user, password);
            await console.Output.WriteLineAsync(piped is null
                ? $"已重设 {user.UserName} 的密码（只显示这一次）：{password}"
                : $"已重设 {user.UserName} 的密码（取自标准输入）");
            return OrchardGovCli.Success;
        });
        return command;
    }

    private static async Task<string?> PasswordAsync(CliConsole console, CancellationToken cancellationToken) =>
        console.Input is { } input && (await input.ReadLineAsync(cancellationToken))?.Trim() is { Length: > 0 } piped ? piped : null;

    private static Command ListCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var site = new Option<string?>("--site") { Description = "只列出在这个站点有角色的人 / only people with a role on this site" };
        var command = new Command("list", "列出用户及其角色 / list users and their roles") { site };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var code = parsed.GetValue(site);
            var target = code is null ? null : await services.GetRequiredService<SiteRegistry>().GetAsync(code, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var people = await scope.ServiceProvider.GetRequiredService<AccountDirectory>().ListAsync(target is null ? null : [target.Id]);
            foreach (var person in people)
            {
                var roles = person.Roles.Select(r => $"{r.SiteCode} {SiteRoleNames.NameOf(r.Role)}");
                if (person.IsPlatformAdmin)
                {
                    roles = roles.Prepend(SiteRoleNames.PlatformAdmin);
                }

                await console.Output.WriteLineAsync(
                    $"{person.UserName}\t{person.DisplayName}\t{string.Join(", ", roles)}{(person.LockedOut ? "\t已锁定" : "")}");
            }

            return OrchardGovCli.Success;
        });
        return command;
    }
}
