using System.Text;
using Newtonsoft.Json.Linq;

namespace PerfEvalDocGen.Tests.Support;

/// <summary>
/// Units made for layout tests from an example: a 35-character unit name, and every narrative text replaced by seeded
/// random Chinese text dense with 。，；、 and paired marks, so line ends meet punctuation in every way.
/// </summary>
public static class LayoutUnits
{
    /// <summary>A unit name of 35 characters, the longest the cover and the forms are measured with.</summary>
    public const string LongName = "岳阳市岳阳楼区洞庭湖生态经济区管理委员会综合行政执法与社会事务服务中心";

    private static readonly string[] Words =
    [
        "街道", "社区", "居民", "群众", "工作", "项目", "资金", "预算", "绩效", "管理", "服务", "建设", "治理", "安全", "环境",
        "卫生", "文明", "执法", "宣传", "教育", "监督", "检查", "整改", "落实", "推进", "完善", "制度", "机制", "考核", "保障",
        "民生", "就业", "养老", "救助", "拆迁", "改造", "设施", "维护", "采购", "审批", "档案", "信息", "平台", "培训", "会议",
        "城市客厅", "志愿服务", "网格管理", "基层组织", "重点工作", "公共服务", "安全生产", "矛盾纠纷", "专项资金", "财政资金",
    ];

    private static readonly string[] Separators = ["，", "，", "，", "、", "、", "；"];

    /// <summary>
    /// The example at <paramref name="example"/> with the long name, random text from <paramref name="seed"/> and
    /// <paramref name="specialFunds"/> empty special funds (rows of 附件1), half as many transfers.
    /// </summary>
    public static JObject Make(string example, int seed, int specialFunds = 0, int indicators = 0)
    {
        var unit = JObject.Parse(File.ReadAllText(example));
        unit.Remove("$schema");
        unit["unit"]!["name"] = LongName;
        if (indicators > 0)
        {
            unit["indicators"] = Indicators(indicators);
        }
        if (specialFunds > 0)
        {
            unit["projectExpenditure"]!["specialFunds"] = Funds("区级专项资金第{0}项", specialFunds);
            unit["projectExpenditure"]!["transfers"] = Funds("上级转移支付第{0}项", specialFunds / 2);
        }
        var random = new Random(seed);
        foreach (var value in unit.Descendants().OfType<JValue>().Where(v => v.Type == JTokenType.String && IsProse(v)).ToList())
        {
            var length = ((string)value!).Length;
            value.Value = Text(random, Math.Max(20, length + random.Next(length / 2 + 1)));
        }
        return unit;
    }

    /// <summary>
    /// <paramref name="count"/> indicators with long names and reasons: half 产出, a third 效益, the rest 满意度, so the
    /// 产出 group alone is taller than a page.
    /// </summary>
    private static JArray Indicators(int count) =>
        new(Enumerable.Range(1, count).Select(i => new JObject
        {
            ["level1"] = i <= count / 2 ? "产出指标" : i <= count * 5 / 6 ? "效益指标" : "满意度指标",
            ["level2"] = i <= count / 2 ? (i <= count / 4 ? "数量指标" : "质量指标") : i <= count * 5 / 6 ? "社会效益指标" : "服务对象满意度指标",
            ["level3"] = $"第{i}项：城乡环境综合整治（含背街小巷、老旧小区）专项行动完成情况",
            ["target"] = "≥98%",
            ["actual"] = "98%",
            ["weight"] = 2,
            ["score"] = 2,
            ["deviation"] = "无明显偏差；下一步继续加强全过程绩效监控，确保各项任务按期完成。",
        }));

    private static JArray Funds(string name, int count) =>
        new(Enumerable.Range(1, count).Select(i => new JObject
        {
            ["name"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, name, i),
            ["figures"] = new JObject { ["lastYearActual"] = 0, ["currentBudget"] = 0, ["currentActual"] = 0 },
        }));

    private static bool IsProse(JValue value)
    {
        var path = value.Path;
        return ((string)value!).Length >= 15
            && (path.StartsWith("narrative.", StringComparison.Ordinal) || path.StartsWith("duties", StringComparison.Ordinal))
            && !path.EndsWith(".title", StringComparison.Ordinal)
            && !path.EndsWith(".name", StringComparison.Ordinal);
    }

    /// <summary>About <paramref name="length"/> characters of sentences; no digits, so no figure is quoted.</summary>
    private static string Text(Random random, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            var clauses = random.Next(1, 5);
            for (var c = 0; c < clauses; c++)
            {
                var words = random.Next(2, 7);
                for (var w = 0; w < words; w++)
                {
                    var word = Words[random.Next(Words.Length)];
                    text.Append(random.Next(12) switch
                    {
                        0 => "“" + word + "”",
                        1 => "（" + word + "）",
                        2 => "《" + word + "》",
                        _ => word,
                    });
                }
                if (c < clauses - 1)
                {
                    text.Append(Separators[random.Next(Separators.Length)]);
                }
            }
            text.Append(random.Next(8) == 0 ? "！" : "。");
        }
        return text.ToString();
    }
}
