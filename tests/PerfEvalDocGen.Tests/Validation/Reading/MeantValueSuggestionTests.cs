using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation.Reading;

/// <summary>
/// A number typed as text or a date typed the everyday way is an error (PE104, PE108) whose suggestion gives the value
/// meant, read from what was typed, rather than a fixed example.
/// </summary>
public class MeantValueSuggestionTests
{
    private static JObject Example() => JObject.Parse(File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json")));

    public static TheoryData<string, object, string, string> Cases() => new()
    {
        { "budget.executed", "4,073.53", "PE104", "改为 4073.53：数字不加引号，不写千位分隔符。" },
        { "budget.executed", "4073.53万元", "PE104", "改为 4073.53：数字不加引号，不写单位“万元”。" },
        { "budget.executed", "40735300元", "PE104", "改为 4073.53：数字不加引号，不写单位“元”；金额单位为万元，40735300元 = 4073.53 万元。" },
        { "projectExpenditure.fundsArrivalRate", "96.5%", "PE104", "改为 96.5：数字不加引号，不写单位“%”。" },
        { "organization.staffInService", "９７人", "PE104", "改为 97：数字不加引号，不写单位“人”。" },
        { "unit.year", "2023年", "PE104", "改为 2023：数字不加引号，不写单位“年”。" },
        { "signature.reportDate", "2024年5月28日", "PE108", "应写为 2024-05-28。" },
        { "signature.reportDate", "2024.5.28", "PE108", "应写为 2024-05-28。" },
        { "signature.reportDate", "2024-05-28 10:00", "PE108", "应写为 2024-05-28。" },
        { "signature.reportDate", "2024/13/01", "PE108", "月份 13 不存在，核对后写成 YYYY-MM-DD。" },
        { "signature.reportDate", "2024-02-30", "PE108", "2024 年 2 月没有 30 日，核对后写成 YYYY-MM-DD。" },
        { "signature.reportDate", "2024年5月", "PE108", "应写到日，如 2024-05-01（写成 YYYY-MM-DD）。" },
        { "signature.filledOn", "2024年5月", "PE108", "应写为 2024-05。" },
        { "signature.reportDate", 20240528, "PE104", "日期要加英文双引号；应写为 2024-05-28。" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_suggestion_gives_the_value_meant(string path, object written, string code, string suggestion)
    {
        var data = Example();
        ((JValue)data.SelectToken(path)!).Value = written;
        var found = Assert.Single(ReportValidator.Validate(data.ToString(), "unit.json").Diagnostics, d => d.Code == code);
        Assert.Equal(path, found.JsonPath);
        Assert.Equal(suggestion, found.Suggestion);
    }

    [Theory]
    [InlineData("budget.executed", "约四千万")]
    [InlineData("signature.reportDate", "五月底")]
    public void Text_with_no_value_in_it_keeps_the_general_advice(string path, string written)
    {
        var data = Example();
        ((JValue)data.SelectToken(path)!).Value = written;
        var found = Assert.Single(ReportValidator.Validate(data.ToString(), "unit.json").Diagnostics, d => d.Code is "PE104" or "PE108");
        Assert.Contains("写", found.Suggestion, StringComparison.Ordinal);
        Assert.DoesNotContain("应写为", found.Suggestion, StringComparison.Ordinal);
    }
}
