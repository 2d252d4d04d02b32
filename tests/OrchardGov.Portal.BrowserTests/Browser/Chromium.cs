using Microsoft.Playwright;

namespace OrchardGov.Portal.BrowserTests.Browser;

/// <summary>
/// The system's Chromium (Debian's package; Playwright's own download is not reachable here). Without it the
/// browser tests are skipped with the reason, except under CI, where they fail: CI installs it (.ci/run).
/// </summary>
public static class Chromium
{
    public const string PathVariable = "ORCHARDGOV_CHROMIUM";
    public const string DefaultPath = "/usr/bin/chromium";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured ? configured : DefaultPath;

    /// <summary>Why the browser tests cannot run here; null when they can.</summary>
    public static string? Unavailable()
    {
        if (File.Exists(ExecutablePath))
        {
            return null;
        }

        var reason = $"Chromium is not at {ExecutablePath}: install it (apt-get install chromium) or set {PathVariable} to its executable.";
        return string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? throw new InvalidOperationException($"{reason} CI must run the browser tests.")
            : reason;
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        ],
    });
}
