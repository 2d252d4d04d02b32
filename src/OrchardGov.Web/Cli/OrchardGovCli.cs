using System.CommandLine;

namespace OrchardGov.Web.Cli;

/// <summary>
/// The command-line verbs of the same executable: <c>OrchardGov.Web VERB ...</c>. Exit codes: 0 done,
/// 2 bad arguments or an unknown site or feature,
/// 3 a compliance check that found a veto, 1 anything else (such as a database that cannot be used).
/// </summary>
public static class OrchardGovCli
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    /// <summary><c>compliance check</c>: a site meets a single-veto rule.</summary>
    public const int VetoMet = 3;

    private static readonly HashSet<string> Verbs = ["sites", "features", "recipes", "catalog", "templates", "users", "compliance", "calendar", "search", "--help", "-h", "-?", "help"];

    public static bool Handles(string[] args) =>
        args.SkipWhile(arg => arg is "--verbose" or "-v").FirstOrDefault() is { } verb && Verbs.Contains(verb);

    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null) =>
        RunAsync(args, new CliConsole(output ?? Console.Out, error ?? Console.Error, Console.IsInputRedirected ? Console.In : null), configure: null);

    /// <summary>Runs a verb; <paramref name="configure"/> lets tests point the CLI at their own database.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var root = new RootCommand("OrchardGov：政务公开内容管理平台的命令行工具")
        {
            SitesCommands.Create(console, configure),
            FeaturesCommands.Create(console, configure),
            RecipesCommands.Create(console, configure),
            CatalogCommands.Create(console, configure),
            TemplatesCommands.Create(console, configure),
            UsersCommands.Create(console, configure),
            ComplianceCommands.Create(console, configure),
            CalendarCommands.Create(console, configure),
            SearchCommands.Create(console, configure),
        };
        root.Options.Add(CliAction.Verbose);

        var parsed = root.Parse(args.Length > 0 && args[0] == "help" ? ["--help"] : args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await console.Error.WriteLineAsync($"错误：{problem.Message}");
            }

            await console.Error.WriteLineAsync($"Run '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')).Take(2))} --help' for usage.");
            return BadInput;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = console.Output, Error = console.Error });
    }
}
