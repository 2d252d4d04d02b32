namespace OrchardGov.Benchmarks;

/// <summary>Percentiles of a set of timings, in milliseconds (nearest rank).</summary>
public sealed record LatencyFigures(int Count, double Mean, double P50, double P90, double P99, double Max)
{
    public static LatencyFigures Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new LatencyFigures(0, 0, 0, 0, 0, 0);
        }

        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyFigures(sorted.Length, sorted.Average(), At(0.50), At(0.90), At(0.99), sorted[^1]);
    }

    public override string ToString() => $"n={Count,5}  mean {Mean,7:F2}  p50 {P50,7:F2}  p90 {P90,7:F2}  p99 {P99,7:F2}  max {Max,7:F2} ms";
}
