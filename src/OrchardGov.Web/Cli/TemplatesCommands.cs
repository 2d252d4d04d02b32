using System.CommandLine;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Theming;

namespace OrchardGov.Web.Cli;

/// <summary>
/// <c>templates list|show|set|reset --site CODE</c>: a site's own versions of the theme's templates, which take
/// effect at the next request, on that site only.
/// </summary>
internal static class TemplatesCommands
{
    public static Command Create(CliConsole console, Action<IHostApplicationBuilder>? configure) =>
        new("templates", "模板：站点自定义主题模板 / a site's own versions of the theme's templates")
        {
            ListCommand(console, configure),
            ShowCommand(console, configure),
            SetCommand(console, configure),
            ResetCommand(console, configure),
        };

    private static Option<string> SiteOption() => new("--site") { Description = "站点代码 / site code", Required = true };

    private static Argument<string> NameArgument() => new("NAME") { Description = "模板名，如 column / template name, e.g. column" };

    private static Command ListCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var site = SiteOption();
        var command = new Command("list", "列出主题模板及站点是否自定义 / list the templates and which the site has its own of") { site };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var theme = services.GetRequiredService<ThemeFolder>();
            var own = await OwnAsync(services, parsed.GetValue(site)!, cancellationToken);
            foreach (var name in theme.TemplateNames)
            {
                await console.Output.WriteLineAsync($"{name}\t{(own.ContainsKey(name) ? "站点自定义" : "主题默认")}");
            }

            return OrchardGovCli.Success;
        });
        return command;
    }

    private static Command ShowCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var site = SiteOption();
        var name = NameArgument();
        var command = new Command("show", "显示站点当前使用的模板 / print the template the site uses") { name, site };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var theme = services.GetRequiredService<ThemeFolder>();
            var template = parsed.GetValue(name)!;
            var own = await OwnAsync(services, parsed.GetValue(site)!, cancellationToken);
            var file = theme.Template(template) ?? throw new UserInputException(
                $"The theme has no template '{template}'; templates are: {string.Join(", ", theme.TemplateNames)}.");
            await console.Output.WriteAsync(own.TryGetValue(template, out var source) ? source : await File.ReadAllTextAsync(file.FullName, cancellationToken));
            return OrchardGovCli.Success;
        });
        return command;
    }

    private static Command SetCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var site = SiteOption();
        var name = NameArgument();
        var file = new Option<FileInfo>("--file") { Description = "Liquid 模板文件 / the Liquid file", Required = true };
        var command = new Command("set", "设置站点自定义模板 / give the site its own version of a template") { name, site, file };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var source = parsed.GetValue(file)!;
            if (!source.Exists)
            {
                throw new UserInputException($"The file '{source.FullName}' does not exist.");
            }

            var target = await services.GetRequiredService<SiteRegistry>().GetAsync(parsed.GetValue(site)!, cancellationToken);
            await using var session = services.GetRequiredService<ContentStore>().OpenSession(target.Id);
            await SiteTemplates.SaveAsync(session, services.GetRequiredService<ThemeFolder>(), parsed.GetValue(name)!,
                await File.ReadAllTextAsync(source.FullName, cancellationToken));
            await session.CommitAsync();
            await console.Output.WriteLineAsync($"站点 {target.Code} {target.Name} 已使用自定义模板 {parsed.GetValue(name)}");
            return OrchardGovCli.Success;
        });
        return command;
    }

    private static Command ResetCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var site = SiteOption();
        var name = NameArgument();
        var command = new Command("reset", "恢复主题默认模板 / go back to the theme's template") { name, site };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var target = await services.GetRequiredService<SiteRegistry>().GetAsync(parsed.GetValue(site)!, cancellationToken);
            await using var session = services.GetRequiredService<ContentStore>().OpenSession(target.Id);
            var reset = await SiteTemplates.ResetAsync(session, parsed.GetValue(name)!);
            await session.CommitAsync();
            await console.Output.WriteLineAsync(reset
                ? $"站点 {target.Code} 已恢复主题默认模板 {parsed.GetValue(name)}"
                : $"站点 {target.Code} 没有自定义模板 {parsed.GetValue(name)}，未作改动");
            return OrchardGovCli.Success;
        });
        return command;
    }

    private static async Task<IReadOnlyDictionary<string, string>> OwnAsync(IServiceProvider services, string code, CancellationToken cancellationToken)
    {
        var target = await services.GetRequiredService<SiteRegistry>().GetAsync(code, cancellationToken);
        await using var session = services.GetRequiredService<ContentStore>().OpenSession(target.Id);
        return await SiteTemplates.ReadAsync(session);
    }
}
