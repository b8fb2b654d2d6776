using System.Text.RegularExpressions;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Generation;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// PE225: validate and generate agree. When the chosen set cannot be rendered from data that passed every other
/// check (a template reads a field the data leaves blank), validation says so, at the field where it can tell,
/// instead of generate failing later inside a template.
/// </summary>
internal sealed partial class GenerationDryRunRule : IConsistencyRule
{
    public string Code => "PE225";

    public Severity Severity => Severity.Error;

    public string Meaning => "数据通过了其他检查，但所选模板集用它生成时失败（模板读取了未填写的数据等）；validate 与 generate 结论一致。";

    public IEnumerable<Finding> Check(RuleContext context)
    {
        // The printing probe renders the package already; only when it failed is the real data rendered to learn why.
        if (context.Templates is not { } set || context.Source is null || context.Printing is not null)
        {
            yield break;
        }
        PerfEvalException? failure = null;
        try
        {
            new ReportGenerator(set).Generate(context.Data);
        }
        catch (PerfEvalException e)
        {
            failure = e;
        }
        if (failure is null)
        {
            yield break;
        }
        foreach (var diagnostic in failure.Diagnostics)
        {
            // “narrative.spending.paragraphs.[0]” in a template is narrative.spending.paragraphs[0] in the data.
            var variable = Variable().Match(diagnostic.Message);
            var path = variable.Success ? variable.Groups[1].Value.Replace(".[", "[", StringComparison.Ordinal) : "";
            if (!IsDataField(path))
            {
                // A template's own mistake (a misspelt variable, a syntax error): generate reports it at the template line.
                continue;
            }
            yield return new Finding(path,
                $"模板集“{set.Manifest.Name}”用这份数据生成时失败：{diagnostic.Message}（{Path.GetFileName(diagnostic.File)} 第 {diagnostic.Line} 行）",
                path.Length > 0 ? $"填写 {path}，或选用不需要它的模板集。" : "核对模板集所需的数据，或选用其他模板集。");
        }
    }

    // Whether the path names a field of the data model (indices aside): only then is the data, not the template, at fault.
    private static bool IsDataField(string path)
    {
        var type = typeof(Model.ReportData);
        foreach (var part in Index().Replace(path, "").Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (type == typeof(string) || type.IsValueType || !ModelShape.Of(type).TryGetValue(part, out var field))
            {
                return false;
            }
            type = field.ItemType ?? field.Property.PropertyType;
        }
        return path.Length > 0;
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    [GeneratedRegex(@"[“""]([A-Za-z][\w.\[\]]*)[”""]")]
    private static partial Regex Variable();
}
