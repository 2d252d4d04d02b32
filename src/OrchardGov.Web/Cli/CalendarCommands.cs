using System.CommandLine;
using OrchardGov.ContentManagement;
using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Web.Cli;

/// <summary><c>calendar list</c>, <c>calendar load FILE</c> and <c>calendar remove YEAR</c>: the holidays that working-day deadlines count with.</summary>
internal static class CalendarCommands
{
    public static Command Create(CliConsole console, Action<IHostApplicationBuilder>? configure) =>
        new("calendar", "节假日安排：工作日计算所用 / the holiday calendar for working days")
        {
            ListCommand(console, configure), LoadCommand(console, configure), RemoveCommand(console, configure),
        };

    private static Command ListCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var command = new Command("list", "列出各年的节假日安排及其来源 / list each year and where it comes from");
        CliAction.Set(command, console, configure, async (_, services, cancellationToken) =>
        {
            var store = services.GetRequiredService<HolidayYearStore>();
            var loaded = (await store.LoadedAsync(cancellationToken)).ToDictionary(r => r.Year);
            foreach (var year in (await store.CalendarAsync(cancellationToken)).Years.OrderBy(y => y.Year))
            {
                var source = loaded.TryGetValue(year.Year, out var record) ? $"管理员载入（{record.LoadedBy}，{record.LoadedUtc:yyyy-MM-dd HH:mm} UTC）" : "随版本提供";
                var state = year.Known
                    ? $"休息日 {year.Days.Count(d => d.IsOffDay)} 天，调休上班 {year.Days.Count(d => !d.IsOffDay)} 天"
                    : "未知：按周一至周五计算";
                await console.Output.WriteLineAsync($"{year.Year}\t{source}\t{state}");
            }

            return OrchardGovCli.Success;
        });
        return command;
    }

    private static Command LoadCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "holiday-cn 格式的 JSON 文件，如 2027.json / a year in the holiday-cn JSON format" };
        var command = new Command("load", "载入或更正一年的节假日安排 / load or correct a year") { file };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var path = parsed.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UserInputException($"找不到文件 {path.FullName}。");
            }

            var year = await services.GetRequiredService<HolidayYearStore>().LoadAsync(
                await File.ReadAllTextAsync(path.FullName, cancellationToken), path.Name, $"命令行（{Environment.UserName}）", cancellationToken);
            await console.Output.WriteLineAsync(year.Known
                ? $"已载入 {year.Year} 年：休息日 {year.Days.Count(d => d.IsOffDay)} 天，调休上班 {year.Days.Count(d => !d.IsOffDay)} 天。"
                : $"已载入 {year.Year} 年：没有日期，该年仍按周一至周五计算。");
            return OrchardGovCli.Success;
        });
        return command;
    }

    private static Command RemoveCommand(CliConsole console, Action<IHostApplicationBuilder>? configure)
    {
        var year = new Argument<int>("YEAR") { Description = "年份 / year" };
        var command = new Command("remove", "撤销载入的一年，恢复随版本提供的数据 / drop a loaded year") { year };
        CliAction.Set(command, console, configure, async (parsed, services, cancellationToken) =>
        {
            var removed = await services.GetRequiredService<HolidayYearStore>().RemoveAsync(parsed.GetValue(year), cancellationToken);
            await console.Output.WriteLineAsync(removed ? $"已撤销 {parsed.GetValue(year)} 年的载入数据。" : $"{parsed.GetValue(year)} 年没有载入的数据。");
            return OrchardGovCli.Success;
        });
        return command;
    }
}
