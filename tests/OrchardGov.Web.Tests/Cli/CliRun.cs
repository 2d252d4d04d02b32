using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OrchardGov.Web.Cli;

namespace OrchardGov.Web.Tests.Cli;

/// <summary>Runs CLI verbs in process against the given database settings and captures what they print.</summary>
public sealed class CliRun(Dictionary<string, string?> settings)
{
    public static CliRun OnSqlite(string connectionString, string? searchFolder = null) => new(new Dictionary<string, string?>
    {
        ["OrchardGov:Database:Provider"] = "Sqlite",
        ["OrchardGov:Database:ConnectionString"] = connectionString,
        ["OrchardGov:Search:Folder"] = searchFolder,
    });

    public Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    /// <summary>Runs a verb with <paramref name="input"/> piped to it.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string? input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await OrchardGovCli.RunAsync(args, new CliConsole(output, error, input is null ? null : new StringReader(input)),
            builder => builder.Configuration.AddInMemoryCollection(settings));
        return (exitCode, output.ToString(), error.ToString());
    }
}
