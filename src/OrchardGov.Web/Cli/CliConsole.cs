namespace OrchardGov.Web.Cli;

/// <summary>
/// Where a verb writes its results and its errors, and where it reads what is piped to it (a password, say);
/// <see cref="Input"/> is null when nothing is piped.
/// </summary>
public sealed record CliConsole(TextWriter Output, TextWriter Error, TextReader? Input = null);
