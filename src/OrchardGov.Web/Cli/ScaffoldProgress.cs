using OrchardGov.Recipes.Scaffolding;
using Spectre.Console;

namespace OrchardGov.Web.Cli;

/// <summary>
/// Shows how far <c>sites scaffold</c> got: a progress bar on a terminal, one line per site otherwise (a log
/// or a scheduled job), so that a stopped run shows where it stopped.
/// </summary>
internal sealed class ScaffoldProgress(CliConsole console)
{
    private bool Interactive => ReferenceEquals(console.Output, Console.Out) && !Console.IsOutputRedirected;

    public async Task RunAsync(int total, Func<Func<ScaffoldOutcome, Task>, Task> work)
    {
        if (!Interactive)
        {
            var done = 0;
            await work(async outcome =>
            {
                done++;
                await console.Output.WriteLineAsync($"[{done}/{total}] {Describe(outcome)}");
            });
            return;
        }

        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("搭建站点", maxValue: total);
                await work(outcome =>
                {
                    task.Description = $"{outcome.Site.Code} {outcome.Site.Name}";
                    task.Increment(1);
                    return Task.CompletedTask;
                });
            });
    }

    public static string Describe(ScaffoldOutcome outcome) =>
        $"{outcome.Site.Code} {outcome.Site.Name}：" + (outcome.Created ? "已创建并搭建" : outcome.Ran ? "已搭建" : "已搭建过，未改动");
}
