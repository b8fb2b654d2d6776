using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Loading;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Templates;

/// <summary>Wording on data shapes the examples lack: several organisation groups, regions inside names, other budgets, unit levels.</summary>
public class UnseenShapeWordingTests
{
    [Theory]
    [InlineData("岳阳市", "岳阳楼区岳阳楼街道办事处", "岳阳市岳阳楼区岳阳楼街道办事处")]
    [InlineData("长沙市", "长沙市天心区城市管理局", "长沙市天心区城市管理局")]
    [InlineData("长沙市天心区", "天心区城市管理局", "长沙市天心区城市管理局")]
    [InlineData("长沙县", "长沙县财政局", "长沙县财政局")]
    [InlineData(null, "某街道办事处", "某街道办事处")]
    [InlineData("  ", "某街道办事处", "某街道办事处")]
    [InlineData("长沙市", "市场监督管理局", "长沙市市场监督管理局")]
    public void The_region_is_never_said_twice(string? region, string name, string expected) =>
        Assert.Equal(expected, UnitNames.WithRegion(region, name));

    [Fact]
    public void Hunan_never_doubles_the_region_in_its_text()
    {
        var text = Body("yueyanglou-2023.json", data => (data.Unit.Region, data.Unit.Name) = ("长沙市", "长沙市天心区城市管理局"));
        Assert.Contains("长沙市天心区城市管理局现有人数", text);
        Assert.DoesNotContain("长沙市长沙市", text);
    }

    [Fact]
    public void Organisation_groups_do_not_run_together_and_each_keeps_its_category()
    {
        var text = Body("dongfanghong-2022.json", data => data.Organization.Groups =
        [
            new OrganizationGroup { Category = "职能办公室", Members = ["党政综合办公室", "生态环境办公室"] },
            new OrganizationGroup { Category = "服务中心", Members = ["政务服务中心"] },
        ]);
        Assert.Contains("党政综合办公室、生态环境办公室共2个职能办公室；政务服务中心共1个服务中心。", text);
        Assert.DoesNotContain("生态环境办公室政务服务中心", text);
    }

    [Fact]
    public void General_public_budget_spending_leaves_out_other_budgets()
    {
        var data = ReportLoader.LoadFile(RepoPaths.Example("yueyanglou-2023.json"));
        data.Budget.BySource.GovernmentFund = 100m;
        data.Budget.BySource.SpecialAccountNonTax = 23.5m;
        var figures = FigureCalculator.Compute(data);
        Assert.Equal(data.Budget.Executed - 123.5m, figures.GeneralPublicBudgetExpenditure);
        var text = Body("yueyanglou-2023.json", d => (d.Budget.BySource.GovernmentFund, d.Budget.BySource.SpecialAccountNonTax) = (100m, 23.5m));
        Assert.Contains($"一般公共预算整体支出{figures.GeneralPublicBudgetExpenditure:0.00}万元", text);
        Assert.Contains("另有政府性基金拨款100.00万元、纳入专户管理的非税收入23.50万元，不计入一般公共预算整体支出。", text);
    }

    [Fact]
    public void The_special_funds_label_of_form_one_comes_from_the_template_set()
    {
        using var temp = new TempDirectory();
        var folder = Path.Combine(temp.Path, "set");
        PerfEvalDocGen.Generation.TemplateExport.Export("hunan-2023", folder);
        var manifest = Path.Combine(folder, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"specialFunds\": \"区级专项资金\"", "\"specialFunds\": \"县级专项资金\""));
        var data = ReportLoader.LoadFile(RepoPaths.Example("yueyanglou-2023.json"));
        var package = new ReportGenerator(TemplateSet.FromDirectory(folder)).Generate(data);
        var cells = DocxReader.Tables(package.Content).SelectMany(t => t.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>()).Select(c => c.InnerText).ToList();
        Assert.Contains("4、县级专项资金(一个专项一行)", cells);
        Assert.DoesNotContain(cells, c => c.Contains("区级专项资金", StringComparison.Ordinal));
    }

    private static string Body(string example, Action<ReportData> change)
    {
        var data = ReportLoader.LoadFile(RepoPaths.Example(example));
        change(data);
        return string.Join("\n", DocxReader.BodyParagraphs(new ReportGenerator().Generate(data).Content));
    }
}
