namespace OrchardGov.Web.Tests.Cli;

public sealed class DatabaseErrorsCliTests
{
    [Theory]
    [InlineData("Sqlite", "Data Source=/tmp/x.db;Colour=blue", "not a valid SQLite connection string")]
    [InlineData("Postgres", "Host=127.0.0.1;Port=;=;", "not a valid PostgreSQL connection string")]
    [InlineData("Postgres", "", "ConnectionString is empty")]
    [InlineData("Postgres", "Host=127.0.0.1;Port=1;Database=orchardgov;Timeout=2", "Cannot open the Postgres database")]
    [InlineData("Oracle", "", "Provider 'Oracle' is not supported")]
    public async Task A_database_that_cannot_be_used_is_named_in_one_line_without_a_stack_trace(string provider, string connectionString, string reason)
    {
        var cli = new CliRun(new Dictionary<string, string?>
        {
            ["OrchardGov:Database:Provider"] = provider,
            ["OrchardGov:Database:ConnectionString"] = connectionString,
        });

        var (exitCode, _, error) = await cli.RunAsync("sites", "list");
        var verbose = await cli.RunAsync("sites", "list", "--verbose");

        Assert.NotEqual(0, exitCode);
        Assert.Contains(reason, error.Split('\n')[0]);
        Assert.DoesNotContain("   at ", error);
        Assert.Contains("   at ", verbose.Error);
    }
}
