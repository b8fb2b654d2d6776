using System.CommandLine;
using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>Options several commands share, with one description each.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Templates() => new("--templates") { Description = "使用此目录中的模板集，而非内置模板" };

    public static Option<bool> Strict() => new("--strict") { Description = "把警告当作错误" };

    public static Option<decimal> Tolerance() => new("--tolerance")
    {
        Description = "金额比较的容差（万元），默认 0.01",
        DefaultValueFactory = _ => ValidationOptions.Default.Tolerance,
    };

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
