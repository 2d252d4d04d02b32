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

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
