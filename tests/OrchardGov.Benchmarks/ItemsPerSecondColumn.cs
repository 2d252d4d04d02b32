using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace OrchardGov.Benchmarks;

/// <summary>Throughput of a benchmark that writes a fixed batch of items per invocation, from its mean time.</summary>
public sealed class ItemsPerSecondColumn(int itemsPerInvocation) : IColumn
{
    public string Id => nameof(ItemsPerSecondColumn);
    public string ColumnName => "Items/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => $"Items written per second: {itemsPerInvocation:N0} / mean time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics is { Mean: > 0 } statistics
            ? (itemsPerInvocation / (statistics.Mean / 1e9)).ToString("N0", style.CultureInfo)
            : "NA";

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
