using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.DataFormat;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Schema;

/// <summary>A starter data file with every section present and 【请填写…】 placeholders, for <c>perfeval init</c>.</summary>
public static class StarterData
{
    /// <summary>The starter as JSON text; <paramref name="schemaReference"/> becomes its $schema.</summary>
    public static string Write(string? unitName, int year, string schemaReference)
    {
        var data = new ReportData
        {
            Schema = schemaReference,
            TemplateSet = TemplateSet.DefaultName,
            Unit = new Unit { Name = unitName ?? Placeholder("单位名称"), ShortName = Placeholder("单位简称"), Region = Placeholder("所属地区，如岳阳市"), SelfReference = Placeholder("单位自称，如我办事处"), Year = year },
            Duties = [new OfficeDuty { Office = Placeholder("机构名称"), Text = Placeholder("该机构的职责") }],
            Organization = { Groups = [new OrganizationGroup { Category = Placeholder("机构类别，如职能办公室"), Members = [Placeholder("机构名称")] }] },
            FrugalityMeasures = Placeholder("厉行节约保障措施"),
            Goals = [new AnnualGoal { Expected = Placeholder("预期目标"), Achieved = Placeholder("实际完成情况") }],
            Indicators =
            [
                Indicator("产出指标", "数量指标"), Indicator("产出指标", "质量指标"), Indicator("产出指标", "时效指标"), Indicator("产出指标", "成本指标"),
                Indicator("效益指标", "社会效益指标"), Indicator("效益指标", "可持续影响指标"), Indicator("满意度指标", "服务对象满意度指标"),
            ],
            ProjectEvaluations =
            [
                new ProjectEvaluation
                {
                    Name = Placeholder("一级项目名称，如业务工作经费"),
                    Department = Placeholder("主管部门"),
                    Implementer = unitName ?? Placeholder("实施单位"),
                    Goal = new AnnualGoal { Expected = Placeholder("项目预期目标"), Achieved = Placeholder("项目实际完成情况") },
                    Indicators =
                    [
                        Indicator("产出指标", "数量指标"), Indicator("产出指标", "质量指标"), Indicator("产出指标", "时效指标"), Indicator("产出指标", "成本指标"),
                        Indicator("效益指标", "社会效益指标"), Indicator("满意度指标", "服务对象满意度指标"),
                    ],
                },
            ],
            Narrative =
            {
                Results = { Themes = [new Theme { Title = Placeholder("绩效情况小节标题"), Paragraphs = [Placeholder("该小节的正文")] }] },
                Problems = { Intro = Placeholder("问题部分的引言"), Points = [new Point { Title = Placeholder("问题要点。"), Text = Placeholder("具体说明") }] },
                Measures = { Points = [new Point { Title = Placeholder("措施要点。"), Text = Placeholder("具体说明") }] },
                Application = { Paragraphs = [Placeholder("自评结果拟应用和公开情况")] },
                OtherMatters = { Paragraphs = ["无。"] },
            },
            Signature = { Preparer = Placeholder("填表人"), Phone = Placeholder("联系电话") },
        };
        var serializer = DataJson.CreateSerializer();
        serializer.NullValueHandling = NullValueHandling.Include;
        serializer.Formatting = Formatting.Indented;
        return JToken.FromObject(data, serializer).ToString(Formatting.Indented).Replace("\r\n", "\n") + "\n";
    }

    private static string Placeholder(string what) => $"{StructureChecker.PlaceholderMark}{what}】";

    private static Indicator Indicator(string level1, string level2) => new()
    {
        Level1 = level1,
        Level2 = level2,
        Level3 = Placeholder("三级指标名称"),
        Target = Placeholder("年度指标值，如≥10次"),
        Actual = Placeholder("实际完成值"),
    };
}
