namespace OrchardGov.Web.Cli;

/// <summary>Where a verb writes its results and its errors.</summary>
public sealed record CliConsole(TextWriter Output, TextWriter Error);
