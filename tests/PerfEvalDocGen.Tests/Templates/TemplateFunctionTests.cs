using System.Globalization;
using PerfEvalDocGen.Model;

namespace PerfEvalDocGen.Tests.Templates;

/// <summary>The function library: decimal, culture-invariant, and a blank figure is an error unless the template says what to print.</summary>
public class TemplateFunctionTests
{
    private static ReportData Data() => new()
    {
        Unit = { Name = "某街道", Year = 2023 },
        Organization = { ChangeFromLastYear = -3, StaffInService = 40 },
        Budget = { Executed = 4388.175m, FullYearBudget = 12345678.9m },
        Signature = { ReportDate = "2024-05-08" },
    };

    [Theory]
    [InlineData("{{ money budget.executed }}", "4388.18")]
    [InlineData("{{ money budget.fullYearBudget group: true }}", "12,345,678.90")]
    [InlineData("{{ num budget.executed }}", "4388.175")]
    [InlineData("{{ num budget.fullYearBudget group: true }}", "12,345,678.9")]
    [InlineData("{{ money budget.initialBudget blank: \"—\" }}", "—")]
    [InlineData("{{ percent 12 }}", "12.00%")]
    [InlineData("{{ cn 11 }}", "十一")]
    [InlineData("{{ cn 1 offset: 2 }}", "三")]
    [InlineData("{{ seq 0 }}{{ cnseq 1 }}", "1二")]
    [InlineData("{{ date signature.reportDate }}", "2024年5月8日")]
    [InlineData("{{ join [\"甲\", \"乙\"] }}|{{ join [\"甲\", \"乙\"] \"，\" }}|{{ length [1, 2, 3] }}", "甲、乙|甲，乙|3")]
    [InlineData("比上年{{ direction organization.changeFromLastYear \"增加\" \"减少\" }}{{ abs organization.changeFromLastYear }}人", "比上年减少3人")]
    [InlineData("{{ direction organization.staffInService \"增加\" \"减少\" }}", "增加")]
    [InlineData("{{ direction 0 \"增加\" \"减少\" }}|{{ direction 0 \"上升\" \"下降\" \"不变\" }}", "持平|不变")]
    [InlineData("{{ money (abs -1.5) }}", null)]
    public void Functions_print_figures_the_official_way(string source, string? expected)
    {
        if (expected is null)
        {
            // A decimal literal in a template is a double: refused, so no binary fraction reaches a figure.
            Assert.Equal("PE303", TemplateRender.Fail(source, Data()).Code);
            return;
        }
        Assert.Equal(expected, TemplateRender.Run(source, Data()));
    }

    [Fact]
    public void Figures_do_not_follow_the_machine_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("4388.18|4388.175|12.50%", TemplateRender.Run("{{ money budget.executed }}|{{ budget.executed }}|{{ percent figures.executionRate }}",
                new ReportData { Budget = { Executed = 4388.175m, FullYearBudget = 35105.4m } }));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("第一行\n共{{ money budget.executed }}万元", "money", 2, 2)]
    [InlineData("{{ percent figures.executionRate }}", "percent", 1, 1)]
    [InlineData("{{ direction organization.changeFromLastYear \"增加\" \"减少\" }}", "direction", 1, 1)]
    [InlineData("{{ date signature.reportDate }}", "date", 1, 1)]
    public void A_function_on_a_blank_figure_is_located_and_says_what_to_do(string source, string function, int line, int column)
    {
        var diagnostic = TemplateRender.Fail(source);
        Assert.Equal("PE303", diagnostic.Code);
        Assert.Equal("sections/t.scriban", diagnostic.File);
        Assert.Equal(line, diagnostic.Line);
        Assert.True(diagnostic.Column >= column);
        Assert.Contains(function, diagnostic.Message);
        Assert.Contains("未填写", diagnostic.Message);
        Assert.NotNull(diagnostic.Suggestion);
    }

    [Theory]
    [InlineData("第一行\n{{ if unit.name }}未闭合", 2)]
    [InlineData("{{ end }}", 1)]
    [InlineData("正文{{ for }}", 1)]
    [InlineData("{{ money budget.executed blank= \"0\" }}", 1)]
    public void A_syntax_error_is_located_in_chinese(string source, int line)
    {
        var diagnostic = TemplateRender.Fail(source);
        Assert.Equal("PE301", diagnostic.Code);
        Assert.Equal(line, diagnostic.Line);
        Assert.True(diagnostic.Column > 0);
    }
}
