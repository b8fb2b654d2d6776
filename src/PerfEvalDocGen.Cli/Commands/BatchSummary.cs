using System.Globalization;
using Humanizer;
using Humanizer.Bytes;
using PerfEvalDocGen.Batch;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>The closing summary of a batch: what changed, warnings, failures, counts, time and size.</summary>
internal static class BatchSummary
{
    public static void Print(CliConsole console, BatchResult batch)
    {
        foreach (var unit in batch.Units.Where(u => u.Status != BatchStatus.Failed && (u.Changes.Count > 0 || u.ChangesLost)))
        {
            var name = Path.GetFileName(unit.Output);
            if (unit.ChangesLost)
            {
                console.Out.WriteLine($"{name} 已重新生成，但上次的数字记录在中断中损坏，无法列出数字变化。");
                continue;
            }
            var note = unit.Status == BatchStatus.UpToDate ? "（上次运行中断前已生成）" : "";
            console.Out.WriteLine($"{name} 数据有变化{note}：");
            foreach (var change in unit.Changes)
            {
                console.Out.WriteLine($"  {change}");
            }
        }
        foreach (var unit in batch.Units.Where(u => u.Status != BatchStatus.Failed && u.Diagnostics.Any(d => d.Severity == Severity.Warning)))
        {
            console.Error.WriteLine($"警告：{unit.Input}");
            DiagnosticPrinter.Text(console.Error, unit.Diagnostics.Where(d => d.Severity == Severity.Warning));
        }
        foreach (var unit in batch.Units.Where(u => u.Status == BatchStatus.Failed))
        {
            console.Error.WriteLine($"失败：{unit.Input}");
            DiagnosticPrinter.Text(console.Error, unit.Diagnostics);
        }
        DiagnosticPrinter.Text(console.Error, batch.Diagnostics);
        var size = ByteSize.FromBytes(batch.Bytes).Humanize("0.#", CultureInfo.InvariantCulture);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"完成：生成 {batch.Generated} 个，未变化 {batch.UpToDate} 个，失败 {batch.Failed} 个，警告 {batch.Warnings} 条；用时 {DurationText.Of(batch.Elapsed)}，写出 {size}。"));
    }
}
