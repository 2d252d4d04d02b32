using System.CommandLine;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Recipes.Models;
using OrchardGov.Web.Hosting;

namespace OrchardGov.Web.Cli;

/// <summary>
/// Runs a verb's body with the host's services on an up-to-date database, and turns failures into one
/// readable line and an exit code (the stack trace only with --verbose).
/// </summary>
internal static class CliAction
{
    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "出错时显示完整的技术细节 / show full error details",
        Recursive = true,
    };

    public static void Set(Command command, CliConsole console, Action<IHostApplicationBuilder>? configure,
        Func<ParseResult, IServiceProvider, CancellationToken, Task<int>> body)
    {
        command.SetAction(async (parsed, cancellationToken) =>
        {
            try
            {
                var builder = Host.CreateApplicationBuilder();
                builder.Logging.ClearProviders();
                builder.AddOrchardGov();
                configure?.Invoke(builder);
                using var host = builder.Build();
                await host.Services.GetRequiredService<StoreInitializer>().InitializeAsync(cancellationToken);
                return await body(parsed, host.Services, cancellationToken);
            }
            catch (UserInputException error)
            {
                await console.Error.WriteLineAsync($"错误：{error.Message}");
                return OrchardGovCli.BadInput;
            }
            catch (RecipeException error)
            {
                await console.Error.WriteLineAsync($"错误：{error.Message}");
                await console.Error.WriteLineAsync("配方未运行完，站点未作任何改动 / the recipe was rolled back: the site is unchanged.");
                return OrchardGovCli.BadInput;
            }
            catch (Exception error)
            {
                var message = error is StoreConfigurationException ? error.Message : $"{error.GetType().Name}: {error.Message}";
                await console.Error.WriteLineAsync($"错误：{message}");
                await console.Error.WriteLineAsync(parsed.GetValue(Verbose) ? error.ToString() : "(--verbose shows the details)");
                return OrchardGovCli.Failure;
            }
        });
    }
}
