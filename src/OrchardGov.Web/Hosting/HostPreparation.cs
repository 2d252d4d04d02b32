using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.Web.Hosting;

public static class HostPreparation
{
    /// <summary>
    /// Brings the database up to date and runs the first-start set-up. A database that cannot be used is
    /// reported in one line, and the host does not start.
    /// </summary>
    public static async Task<bool> PrepareOrchardGovAsync(this WebApplication app)
    {
        try
        {
            await app.Services.GetRequiredService<StoreInitializer>().InitializeAsync();
            if (await app.Services.GetRequiredService<FirstStart>().RunAsync() is { } password)
            {
                Console.WriteLine($"""

                    OrchardGov: created the administrator account '{FirstStart.AdministratorName}' with the password

                        {password}

                    It is shown only this once; keep it somewhere safe.

                    """);
            }

            return true;
        }
        catch (StoreConfigurationException error)
        {
            Console.Error.WriteLine($"OrchardGov cannot start: {error.Message}");
            return false;
        }
    }
}
