namespace OrchardGov.Portal.BrowserTests.Hosting;

/// <summary>Folders of the repository the tests run from, found from the test assembly upwards.</summary>
public static class RepositoryFolders
{
    public const string ArtifactsVariable = "ORCHARDGOV_ARTIFACTS";

    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "themes", "OrchardGov.Theme");

    /// <summary>Where screenshots go: <c>$ORCHARDGOV_ARTIFACTS</c> when set, else <c>TestResults/screenshots</c>, which CI keeps.</summary>
    public static string Screenshots
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(ArtifactsVariable);
            var folder = string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(Root, "TestResults", "screenshots")
                : Path.GetFullPath(configured, Root);
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OrchardGov.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No OrchardGov.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
