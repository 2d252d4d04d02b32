namespace OrchardGov.Disclosure.Models;

/// <summary>
/// 公开渠道和载体: the fixed list of 13 boxes of the standard catalog table, in the table's order
/// (a catalog ticks ■ the ones that apply and leaves □ the others).
/// </summary>
public static class DisclosureChannels
{
    public const string Website = "政府网站";

    public static readonly IReadOnlyList<string> All =
    [
        Website, "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体", "公开查阅点", "政务服务中心",
        "便民服务站", "入户/现场", "社区/企事业单位/村公示栏(电子屏)", "精准推送", "其他",
    ];

    public static bool IsStandard(string channel) => All.Contains(channel, StringComparer.Ordinal);

    /// <summary>The channels in the table's order, whatever order they were given in.</summary>
    public static IReadOnlyList<string> InTableOrder(IEnumerable<string> channels)
    {
        var chosen = channels.ToHashSet(StringComparer.Ordinal);
        return All.Where(chosen.Contains).ToList();
    }
}
