using BenchmarkDotNet.Running;
using OrchardGov.Benchmarks;

if (args is [PortalArticlesSeed.Mode, var directory, var count])
{
    foreach (var file in PortalArticlesSeed.Write(directory, int.Parse(count)))
    {
        Console.WriteLine(file);
    }

    return;
}

if (args is [SearchBenchmark.Mode, .. var options])
{
    await SearchBenchmark.RunAsync(options);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
