using System.Diagnostics;

namespace OrchardGov.Web.Tests.Hosting;

/// <summary>The real executable, started with a database it cannot use, says why in one line and stops.</summary>
public sealed class StartupErrorTests
{
    [Theory]
    [InlineData("Postgres", "Host=127.0.0.1;Port=1;Database=orchardgov;Timeout=2", "Cannot open the Postgres database")]
    [InlineData("Sqlite", "Data Source=/tmp/orchardgov.db;Colour=blue", "not a valid SQLite connection string")]
    public async Task The_portal_does_not_start_on_a_database_it_cannot_use_and_says_why_without_a_stack_trace(
        string provider, string connectionString, string reason)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "OrchardGov.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["OrchardGov__Database__Provider"] = provider,
                ["OrchardGov__Database__ConnectionString"] = connectionString,
            },
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);

        Assert.Equal(1, process.ExitCode);
        var lines = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("OrchardGov cannot start:", Assert.Single(lines));
        Assert.Contains(reason, lines[0]);
        Assert.DoesNotContain("   at ", await output + lines[0]);
    }
}
