using System.CommandLine;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>Options several commands share, with one description each.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Templates() => new("--templates") { Description = "使用此目录中的模板集，而非内置模板" };

    public static Option<bool> Strict() => new("--strict") { Description = "把警告当作错误" };

    public static Option<decimal> Tolerance()
    {
        var option = new Option<decimal>("--tolerance")
        {
            Description = $"金额比较的容差（万元），默认 0.01，不超过 {ValidationOptions.MaxTolerance}",
            DefaultValueFactory = _ => ValidationOptions.Default.Tolerance,
        };
        option.Validators.Add(result =>
        {
            // A value that is not a number is reported by the parser itself.
            if (result.Tokens.Count != 1 || !decimal.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.Number,
                System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return;
            }
            if (value < 0)
            {
                result.AddError(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"容差 {value} 不可用：容差不能为负数（默认 0.01 万元）。"));
            }
            else if (value > ValidationOptions.MaxTolerance)
            {
                result.AddError(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"容差 {value} 不可用：最大为 {ValidationOptions.MaxTolerance} 万元（默认 0.01）；更大的容差会把真正的差错当作四舍五入放过。"));
            }
        });
        return option;
    }

    public static Option<string> Format() => new Option<string>("--format") { Description = "输出格式：text 或 json", DefaultValueFactory = _ => "text" }
        .AcceptOnlyFromAmong("text", "json");

    public static TemplateSet? LoadTemplates(DirectoryInfo? directory)
    {
        if (directory is null)
        {
            return null;
        }
        var set = TemplateSet.FromDirectory(directory.FullName);
        Generation.ReportGenerator.ReadForms(set);
        return set;
    }
}
