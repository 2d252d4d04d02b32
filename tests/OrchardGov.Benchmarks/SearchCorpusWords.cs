namespace OrchardGov.Benchmarks;

/// <summary>
/// The words the search corpus is made of: government topics (earlier ones drawn more often, as some topics fill
/// a township's site and others seldom come up), a few rare words, offices, villages and township names.
/// </summary>
public static class SearchCorpusWords
{
    public static readonly string[] Topics =
    [
        "乡村振兴", "人居环境", "安全生产", "医疗保障", "城乡居民", "防汛抗旱", "森林防火", "疫苗接种", "低保对象", "缴费标准",
        "耕地保护", "地质灾害", "公路建设", "河长制", "义务教育", "特困供养", "临时救助", "就业创业", "退役军人", "惠农补贴",
        "财政预算", "财政决算", "三公经费", "政府采购", "食品安全", "消防安全", "垃圾分类", "污水处理", "秸秆禁烧", "养老服务",
        "残疾人补贴", "高龄津贴", "农村危房改造", "饮水安全", "生猪养殖", "粮食生产", "高标准农田", "土地流转", "宅基地", "集体经济",
        "村务公开", "项目招标", "征地补偿", "移民后扶", "防返贫监测", "药品监管", "环境保护", "大气污染防治", "生态补偿", "林长制",
        "野生动物保护", "文物保护", "公共文化服务", "全民健身", "卫生健康", "家庭医生签约", "基本公共卫生", "居家养老", "留守儿童", "妇女儿童权益",
        "婚姻登记", "殡葬改革", "社会救助", "医疗救助", "住房保障", "公租房", "棚户区改造", "城镇规划", "道路交通安全", "客运班线",
        "农村公路养护", "电力设施", "通信基站", "网格化管理", "矛盾纠纷排查", "信访工作", "法治宣传", "人民调解", "社区矫正", "禁毒宣传",
        "反诈宣传", "应急管理", "自然灾害救助", "气象预警", "防震减灾", "人口普查", "农业普查", "经济普查", "营商环境", "招商引资",
        "市场监管", "价格监测", "税费减免", "小微企业", "个体工商户", "政务服务", "一网通办", "便民服务中心", "依申请公开", "行政许可",
        "行政处罚", "双随机一公开", "权责清单", "人大代表建议", "政协委员提案", "重大行政决策", "规范性文件", "人事任免", "公务员招录", "事业单位招聘",
        "党风廉政建设", "作风建设", "民生实事", "爱国卫生运动", "农村厕所革命", "茶叶产业", "油茶种植", "中药材种植", "电商服务站", "冷链物流",
        "水库除险加固", "山塘清淤", "农机购置补贴", "动物防疫", "非洲猪瘟防控", "种子市场", "化肥农药减量", "广播电视", "旅游景区", "统计公报",
        "不动产登记", "农家书屋", "职业技能培训", "耕地地力保护补贴", "扶贫资金", "征兵工作", "燃气安全", "自建房安全排查", "校园安全", "防溺水",
    ];

    /// <summary>Words that appear in about one article in 150 (see <see cref="SearchCorpusText"/>).</summary>
    public static readonly string[] Rare =
    [
        "古树名木", "候鸟迁徙", "非物质文化遗产", "红色旅游", "传统村落", "地名普查", "萤火虫", "溶洞", "侗族大歌", "苗绣",
        "竹编技艺", "古驿道", "抗战遗址", "烈士纪念设施", "石漠化治理", "地热资源", "光伏电站", "蜂蜜产业", "稻田养鱼", "富硒农产品",
        "林下经济", "野生菌", "渡口安全", "滑坡隐患点", "山洪沟治理", "水土保持", "桥梁检测", "界桩维护", "古井修缮", "鱼类增殖放流",
    ];

    public static readonly string[] TownOffices =
    [
        "镇人民政府", "镇党委", "镇财政所", "镇卫生院", "镇农业综合服务中心", "镇综治中心", "镇应急管理办公室", "镇社会事务办",
        "镇自然资源所", "镇市场监管所", "镇中心学校", "镇便民服务中心",
    ];

    public static readonly string[] CountyOffices =
    [
        "县医疗保障局", "县民政局", "县交通运输局", "县自然资源局", "县文化旅游广电体育局", "县统计局", "县水利局", "县卫生健康局",
        "县农业农村局", "县生态环境分局", "县应急管理局", "县人力资源和社会保障局",
    ];

    public static readonly string[] Villages =
    [
        "青山", "石门", "白沙", "龙潭", "黄土", "杨柳", "新塘", "大坪", "高桥", "桃源",
        "梅溪", "枫林", "柏树", "马鞍", "凤凰", "金竹", "双江", "长岭", "中和", "红旗",
    ];

    private static readonly string[] TownFirst = ["青", "石", "白", "龙", "黄", "杨", "新", "大", "高", "桃", "梅", "枫", "柏", "马", "凤", "金", "双", "长", "中", "红"];
    private static readonly string[] TownSecond = ["山", "溪", "坪", "桥", "塘", "田", "江", "岭", "湾", "源"];

    /// <summary>Township <paramref name="number"/> (1–200): 青山镇, 石山镇, … every one different.</summary>
    public static string Township(int number) => TownFirst[(number - 1) % TownFirst.Length] + TownSecond[(number - 1) / TownFirst.Length % TownSecond.Length] + "镇";

    /// <summary>A topic, earlier ones more often: the first tenth of the list makes up about a third of the draws.</summary>
    public static string Topic(Random random) => Topics[(int)(Topics.Length * Math.Pow(random.NextDouble(), 2))];

    public static T Pick<T>(this Random random, T[] items) => items[random.Next(items.Length)];
}
