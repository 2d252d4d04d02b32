using System.Text;
using static OrchardGov.Benchmarks.SearchCorpusWords;

namespace OrchardGov.Benchmarks;

/// <summary>
/// Plausible township texts made from <see cref="SearchCorpusWords"/>: titles of 15–30 characters and bodies of
/// 400–600 characters in a few paragraphs, with topics, villages, offices, dates and figures. One article in 150
/// mentions a rare word. The same <see cref="Random"/> gives the same texts.
/// </summary>
public sealed class SearchCorpusText(Random random, string township)
{
    private const int RareOneIn = 150;

    private static readonly Func<SearchCorpusText, string>[] Titles =
    [
        t => $"关于{t.Year}年{t.Subject}工作的通知",
        t => $"关于印发《{t.Town}{t.Subject}实施方案》的通知",
        t => $"{t.Town}{t.Year}年{t.Subject}工作总结",
        t => $"{t.Town}召开{t.Subject}暨{t.Subject}工作推进会",
        t => $"关于{t.Year}年度{t.Subject}对象名单的公示",
        t => $"{t.Town}扎实推进{t.Subject}各项工作",
        t => $"{t.Year}年{t.Month}月{t.Subject}资金发放情况公示",
        t => $"关于做好{t.Subject}和{t.Subject}工作的紧急通知",
        t => $"{t.Town}{t.Village}村开展{t.Subject}专项整治行动",
        t => $"《{t.Town}{t.Subject}管理办法》政策解读",
    ];

    private static readonly Func<SearchCorpusText, string>[] Sentences =
    [
        t => $"为进一步做好{t.Subject}工作，{t.Office}于{t.Date}召开专题会议，对{t.Subject}和{t.Subject}工作进行了安排部署。",
        t => $"会议指出，{t.Subject}事关群众切身利益，各村（社区）要压实工作责任，确保各项措施落到实处。",
        t => $"截至{t.Date}，全镇共完成{t.Subject}{t.Count}户，完成率达{t.Percent}%，较上年同期增长{t.Small}个百分点。",
        t => $"根据{t.CountyOffice}《关于做好{t.Subject}工作的通知》要求，结合我镇实际，制定本方案。",
        t => $"{t.Village}村深入开展{t.Subject}专项行动，累计排查问题{t.Count}个，已整改{t.Small}个，其余问题正在限期整改。",
        t => $"现将{t.Year}年度{t.Subject}有关情况公示如下，公示期为{t.Days}个工作日。",
        t => $"如对公示内容有异议，请在公示期内以书面形式向{t.Office}反映，联系电话：0745-{t.Phone}。",
        t => $"下一步，我镇将继续围绕{t.Subject}、{t.Subject}等重点工作，持续加大投入力度，不断提升群众满意度。",
        t => $"{t.Year}年，全镇{t.Subject}资金共计{t.Money}万元，其中中央和省级资金{t.Money}万元，县级配套{t.Money}万元。",
        t => $"按照{t.Subject}相关政策规定，{t.Year}年度{t.Subject}标准为每人每年{t.Count}元，由个人、集体和政府共同承担。",
        t => $"期间，工作人员深入{t.Village}村、{t.Village}村等地，走访群众{t.Count}户，发放宣传资料{t.Count}余份。",
        t => $"各单位要高度重视{t.Subject}工作，明确分管领导和具体经办人员，于{t.Date}前将工作开展情况报送{t.Office}。",
        t => $"{t.Office}联合{t.CountyOffice}对{t.Village}村{t.Subject}情况开展督查，现场反馈问题{t.Small}条。",
        t => $"符合条件的群众可持身份证、户口簿到{t.Town}便民服务中心窗口办理{t.Subject}相关业务，也可通过“湘易办”在线申请。",
    ];

    private string? _rare;

    public string Town => township;
    public int Year { get; set; } = 2026;
    private int Month => random.Next(1, 13);
    private string Office => township[..2] + random.Pick(TownOffices);
    private string CountyOffice => random.Pick(CountyOffices);
    private string Village => random.Pick(Villages);
    private int Days => random.Next(5, 11);
    private int Phone => random.Next(2_000_000, 9_000_000);
    private string Date => $"{Year}年{random.Next(1, 13)}月{random.Next(1, 29)}日";
    private int Count => random.Next(12, 3_000);
    private int Small => random.Next(1, 30);
    private int Percent => random.Next(80, 100);
    private string Money => (random.Next(50, 50_000) / 10.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A topic; in one article in <see cref="RareOneIn"/>, the first topic drawn is that article's rare word.</summary>
    private string Subject
    {
        get
        {
            if (_rare is { } rare)
            {
                _rare = null;
                return rare;
            }

            return Topic(random);
        }
    }

    /// <summary>A new article's title and HTML body, of the given year.</summary>
    public (string Title, string Body) Article(int year)
    {
        Year = year;
        _rare = random.Next(RareOneIn) == 0 ? random.Pick(Rare) : null;
        var title = random.Pick(Titles)(this);
        while (title.Length is < 15 or > 30)
        {
            title = random.Pick(Titles)(this);
        }

        var body = new StringBuilder("<p>");
        var length = random.Next(400, 601);
        var plain = 0;
        var inParagraph = 0;
        while (plain < length)
        {
            if (inParagraph >= random.Next(2, 5))
            {
                body.Append("</p><p>");
                inParagraph = 0;
            }

            var sentence = random.Pick(Sentences)(this);
            body.Append(sentence);
            plain += sentence.Length;
            inParagraph++;
        }

        return (title, body.Append("</p>").ToString());
    }
}
