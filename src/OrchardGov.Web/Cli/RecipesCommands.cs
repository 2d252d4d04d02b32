using System.CommandLine;
using System.Text.Json;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Recipes.Execution;
using OrchardGov.Recipes.Export;
using OrchardGov.Recipes.Models;

namespace OrchardGov.Web.Cli;

/// <summary><c>recipes list</c>, <c>recipes run FILE|NAME --site CODE</c> and <c>recipes export --site CODE</c>.</summary>
internal static class RecipesCommands
{
    public static Command Create(CliConsole console, Action<IHostApplicationBuilder>? configure) =>
        new("recipes", "配方：列出、运行与导出 / list, run and export recipes")
        {
            ListCommand(console, configure), RunCommand(console, configure), ExportCommand(console, configure),
        };

    private static Command ListCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var command = new Command("list", "列出可运行的配方 / list the recipes that can be run by name");
        CliAction.Set(command, console, configure, async (_, services, cancellationToken) =>
        {
            var (recipes, problems) = await services.GetRequiredService<RecipeCatalog>().ListAsync(cancellationToken);
            foreach (var recipe in recipes)
            {
                await console.Output.WriteLineAsync($"{recipe.Name}\t{recipe.DisplayName}\t{recipe.FilePath}");
            }

            foreach (var problem in problems)
            {
                await console.Error.WriteLineAsync($"无法读取：{problem}");
            }

            await console.Output.WriteLineAsync($"共 {recipes.Count} 个配方");
            return problems.Count == 0 ? OrchardGovCli.Success : OrchardGovCli.Failure;
        });
        return command;
    }

    private static Command RunCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var recipeArgument = new Argument<string>("FILE|NAME") { Description = "配方文件路径或配方名称 / a recipe file or a recipe name" };
        var site = new Option<string>("--site") { Description = "站点代码 / site code", Required = true };
        var parameters = new Option<string[]>("--param") { Description = "配方参数 K=V，可重复 / a recipe parameter K=V, repeatable" };
        var command = new Command("run", "在站点上运行配方（单一事务）/ run a recipe on a site, in one transaction") { recipeArgument, site, parameters };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var target = await services.GetRequiredService<SiteRegistry>().GetAsync(parsed.GetValue(site)!, cancellationToken);
            var name = parsed.GetValue(recipeArgument)!;
            var recipe = await services.GetRequiredService<RecipeCatalog>().FindAsync(name, cancellationToken: cancellationToken)
                ?? throw new ContentManagement.UserInputException($"No recipe file or recipe named '{name}'. 'recipes list' shows the recipes there are.");
            var report = await services.GetRequiredService<RecipeExecutor>().RunAsync(
                recipe, target, ParseParameters(parsed.GetValue(parameters) ?? []), cancellationToken);
            foreach (var step in report.Steps)
            {
                var indent = new string(' ', step.Depth * 2);
                await console.Output.WriteLineAsync($"{indent}[{step.Index}] {step.Name}: {(step.Applied ? "applied" : "skipped")} — {step.Summary}");
            }

            await console.Output.WriteLineAsync(
                $"配方 {recipe.Name} 已在站点 {target.Code} {target.Name} 上运行：{report.Steps.Count(s => s.Applied)} 步已执行，{report.Skipped.Count()} 步跳过");
            return OrchardGovCli.Success;
        });
        return command;
    }

    private static Command ExportCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var site = new Option<string>("--site") { Description = "站点代码 / site code", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "输出文件，默认输出到屏幕 / output file (default: standard output)" };
        var command = new Command("export", "把站点导出为 Orchard Core 配方 / export a site as an Orchard Core recipe") { site, output };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var target = await services.GetRequiredService<SiteRegistry>().GetAsync(parsed.GetValue(site)!, cancellationToken);
            var recipe = await services.GetRequiredService<RecipeExporter>().ExportAsync(target, cancellationToken);
            var json = recipe.ToJsonString(new JsonSerializerOptions(ContentItemJson.Options) { WriteIndented = true });
            if (parsed.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, json, cancellationToken);
                await console.Output.WriteLineAsync($"已导出站点 {target.Code} {target.Name} 到 {file.FullName}");
            }
            else
            {
                await console.Output.WriteLineAsync(json);
            }

            return OrchardGovCli.Success;
        });
        return command;
    }

    private static Dictionary<string, string> ParseParameters(IEnumerable<string> pairs)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                throw new ContentManagement.UserInputException($"--param '{pair}' must be KEY=VALUE.");
            }

            if (!parameters.TryAdd(parts[0], parts[1]))
            {
                throw new ContentManagement.UserInputException($"--param {parts[0]} is given twice; give each parameter once.");
            }
        }

        return parameters;
    }
}
