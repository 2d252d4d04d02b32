using System.Text.RegularExpressions;
using OrchardGov.Web.Tests.Admin;

namespace OrchardGov.Web.Tests.Cli;

/// <summary><c>users create</c> and <c>users list</c>: accounts made on the command line sign in to the admin.</summary>
public sealed partial class UsersCliTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_generated_password_is_printed_once_and_signs_the_new_editor_in()
    {
        var cli = CliRun.OnSqlite(portal.ConnectionString);
        portal.CreateClient();

        var (exitCode, output, _) = await cli.RunAsync("users", "create", "--name", "wang", "--display-name", "王五", "--role", "editor", "--site", "431202001");

        Assert.Equal(0, exitCode);
        var password = Password().Match(output).Groups[1].Value;
        Assert.Contains("wang 是 城中街道（431202001）的编辑", output);
        using var client = AdminClient.Anonymous(portal);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await client.SignInAsync("wang", password)).StatusCode);
        Assert.Contains("wang\t王五\t431202001 editor", (await cli.RunAsync("users", "list", "--site", "431202001")).Output);
    }

    [Fact]
    public async Task A_piped_password_is_used_and_a_weak_one_or_an_unknown_role_is_refused_with_nothing_created()
    {
        var cli = CliRun.OnSqlite(portal.ConnectionString);
        portal.CreateClient();

        var weak = await cli.RunWithInputAsync("short\n", "users", "create", "--name", "zhao", "--role", "reviewer", "--site", "431202");
        var unknownRole = await cli.RunAsync("users", "create", "--name", "zhao", "--role", "owner", "--site", "431202");
        var piped = await cli.RunWithInputAsync("Piped-Passw0rd\n", "users", "create", "--name", "qian", "--role", "reviewer", "--site", "431202");

        Assert.Equal(2, weak.ExitCode);
        Assert.Contains("密码至少需要 10 个字符", weak.Error);
        Assert.Equal(2, unknownRole.ExitCode);
        Assert.Contains("没有角色“owner”", unknownRole.Error);
        Assert.DoesNotContain("zhao", (await cli.RunAsync("users", "list")).Output);
        Assert.Equal(0, piped.ExitCode);
        using var client = AdminClient.Anonymous(portal);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await client.SignInAsync("qian", "Piped-Passw0rd")).StatusCode);
    }

    [Fact]
    public async Task A_reset_password_unlocks_the_account_and_the_old_password_no_longer_signs_in()
    {
        var cli = CliRun.OnSqlite(portal.ConnectionString);
        portal.CreateClient();
        await cli.RunWithInputAsync("Before-Passw0rd\n", "users", "create", "--name", "sun", "--role", "editor", "--site", "431202002");
        using var client = AdminClient.Anonymous(portal);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync("sun", "wrong-password");
        }

        var (exitCode, output, _) = await cli.RunAsync("users", "password", "--name", "sun");

        Assert.Equal(0, exitCode);
        var password = Password().Match(output).Groups[1].Value;
        Assert.NotEqual(System.Net.HttpStatusCode.Redirect, (await client.SignInAsync("sun", "Before-Passw0rd")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await client.SignInAsync("sun", password)).StatusCode);
        Assert.Equal(2, (await cli.RunAsync("users", "password", "--name", "nobody")).ExitCode);
    }

    [GeneratedRegex("密码（只显示这一次）：(\\S+)")]
    private static partial Regex Password();
}
