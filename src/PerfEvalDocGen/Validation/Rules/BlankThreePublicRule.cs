using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// PE226: 三公经费 left blank where the set prints 附件1. The form leaves a blank row blank (not filled), while a
/// narrative sentence about 三公经费 cannot say "not filled" — the two would disagree, so the writer is asked to
/// fill 0 where nothing was spent.
/// </summary>
internal sealed class BlankThreePublicRule : IConsistencyRule
{
    private const string BasicDataForm = "basic-data";

    public string Code => "PE226";

    public Severity Severity => Severity.Warning;

    public string Meaning => "打印附件1的模板集中，三公经费各行本年决算数都未填写：附件1 留空，而正文写三公经费的句子只能按 0 写出，两处不一致；没有发生时请填 0。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Prints(BasicDataForm) && context.Figures.ThreePublicTotal.CurrentActual is null)
        {
            yield return new Finding("threePublicExpenses",
                "三公经费（公车购置、公车运行维护、出国经费、公务接待）本年决算数都未填写：附件1 中留空，正文中却会写作 0.00 万元。",
                "没有发生的行填 0（与未填写不同），使附件1 与正文一致。");
        }
    }
}
