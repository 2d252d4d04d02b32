using Microsoft.Extensions.Configuration;

namespace OrchardGov.ContentManagement.Storage;

/// <summary>The <c>OrchardGov:Database</c> configuration section.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string? ConnectionString)
{
    public const string Section = "OrchardGov:Database";

    /// <summary>
    /// Reads the section. An empty connection string means <c>App_Data/orchardgov.db</c> under the content root
    /// (SQLite only).
    /// </summary>
    public static DatabaseOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var providerName = section["Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerName) && !Enum.TryParse(providerName, ignoreCase: true, out provider))
        {
            throw new StoreConfigurationException(
                $"OrchardGov:Database:Provider '{providerName}' is not supported; use Sqlite (the default) or Postgres.");
        }

        return new DatabaseOptions(provider, section["ConnectionString"]);
    }
}
