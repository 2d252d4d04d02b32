using System.Data.Common;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.Disclosure.Services.Compliance.Calendar;

/// <summary>
/// The working-day calendar in force: the shipped years, each replaced by the one an administrator loaded, if any.
/// Loaded years live in the database, so every node reads the same calendar and no release is needed for a new notice.
/// </summary>
public sealed class HolidayYearStore(StoreContextFactory contexts, AuditTrail audit, TimeProvider clock)
{
    public async Task<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken = default)
    {
        var loaded = await LoadedAsync(cancellationToken);
        return new WorkingDayCalendar(WorkingDayCalendar.Shipped.Years.Concat(loaded.Select(r => HolidayYearJson.Parse(r.Json, $"{r.Year} 年"))));
    }

    public async Task<IReadOnlyList<HolidayYearRecord>> LoadedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "Year", "Json", "LoadedBy", "LoadedUtc" FROM "{HolidayYearRecordConfiguration.Table}" ORDER BY "Year" """;
        var records = new List<HolidayYearRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new HolidayYearRecord
            {
                Year = reader.GetInt32(0), Json = reader.GetString(1), LoadedBy = reader.GetString(2),
                LoadedUtc = DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc),
            });
        }

        return records;
    }

    /// <summary>Checks the JSON (holiday-cn format) and stores it as its year, replacing what was there.</summary>
    public async Task<HolidayYear> LoadAsync(string json, string source, string loadedBy, CancellationToken cancellationToken = default)
    {
        var year = HolidayYearJson.Parse(json, source);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO "{HolidayYearRecordConfiguration.Table}" ("Year", "Json", "LoadedBy", "LoadedUtc") VALUES (@year, @json, @by, @at)
            ON CONFLICT ("Year") DO UPDATE SET "Json" = excluded."Json", "LoadedBy" = excluded."LoadedBy", "LoadedUtc" = excluded."LoadedUtc"
            """;
        Add(command, "year", year.Year);
        Add(command, "json", HolidayYearJson.Write(year));
        Add(command, "by", loadedBy);
        Add(command, "at", clock.GetUtcNow().UtcDateTime);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await audit.RecordAsync(null, new AuditRecord("calendar.load", year.Year.ToString(), $"{year.Year} 年节假日安排",
            After: new { year.Year, Days = year.Days.Count, year.Papers, Source = source }), cancellationToken);
        return year;
    }

    /// <summary>Drops the loaded year, so the shipped data (or none) counts again; false when none was loaded.</summary>
    public async Task<bool> RemoveAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""DELETE FROM "{HolidayYearRecordConfiguration.Table}" WHERE "Year" = @year""";
        Add(command, "year", year);
        var removed = await command.ExecuteNonQueryAsync(cancellationToken) > 0;
        if (removed)
        {
            await audit.RecordAsync(null, new AuditRecord("calendar.remove", year.ToString(), $"{year} 年节假日安排"), cancellationToken);
        }

        return removed;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = contexts.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
