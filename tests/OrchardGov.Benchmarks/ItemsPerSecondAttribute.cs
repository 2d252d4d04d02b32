using BenchmarkDotNet.Attributes;

namespace OrchardGov.Benchmarks;

/// <summary>Adds an Items/s column for benchmarks that write <paramref name="itemsPerInvocation"/> items each time.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ItemsPerSecondAttribute(int itemsPerInvocation)
    : ColumnConfigBaseAttribute(new ItemsPerSecondColumn(itemsPerInvocation));
