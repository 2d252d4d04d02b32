using System.Globalization;

namespace OrchardGov.Disclosure.Admin.Compliance;

/// <summary>
/// A horizontal bar chart drawn as inline SVG on the server (the admin has no script): one bar a line, its
/// label on the left, its length in proportion to <see cref="Max"/>, its figure after it. <see cref="Description"/>
/// says every figure in words, for the chart's <c>&lt;title&gt;</c> and <c>aria-label</c>.
/// </summary>
public sealed class BarChart(string title, IReadOnlyList<BarChart.Bar> bars, decimal max)
{
    public const int Width = 640;
    private const int LabelWidth = 160;
    private const int FigureWidth = 90;
    private const int RowHeight = 28;
    private const int BarHeight = 18;
    private const int Margin = 6;

    public string Title => title;

    public int Height => Margin * 2 + Math.Max(1, bars.Count) * RowHeight;

    public string ViewBox => $"0 0 {Width} {Height}";

    public string Description => bars.Count == 0
        ? $"{title}：没有数据。"
        : $"{title}：{string.Join("；", bars.Select(b => $"{b.Label} {b.Figure}"))}。";

    public IReadOnlyList<BarShape> Shapes => [.. bars.Select((bar, i) => Shape(bar, Margin + i * RowHeight))];

    private BarShape Shape(Bar bar, int top)
    {
        var span = Width - LabelWidth - FigureWidth;
        var length = max <= 0 ? 0 : (double)(Math.Clamp(bar.Value, 0, max) / max) * span;
        var middle = top + RowHeight / 2.0;
        return new BarShape(bar.Label, bar.Figure, Number(LabelWidth - 8), Number(middle), Number(LabelWidth), Number(top + (RowHeight - BarHeight) / 2.0),
            Number(length), BarHeight, Number(LabelWidth + length + 6));
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>One bar's value, its label, and its figure as written beside it (e.g. "95.0%", "3 个").</summary>
    public sealed record Bar(string Label, decimal Value, string Figure);

    /// <summary>Where one bar is drawn: its label ends at <see cref="LabelX"/>; the text lines sit on <see cref="TextY"/>.</summary>
    public sealed record BarShape(string Label, string Figure, string LabelX, string TextY, string BarX, string BarY, string BarWidth, int BarHeight, string FigureX);
}
