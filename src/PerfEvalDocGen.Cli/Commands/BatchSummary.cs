using System.Globalization;
using Humanizer;
using Humanizer.Bytes;
using PerfEvalDocGen.Batch;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>The closing summary of a batch: counts, time, size, what changed and what failed.</summary>
internal static class BatchSummary
{
    private static readonly CultureInfo Chinese = new("zh-CN");

    public static void Print(BatchResult batch)
    {
        foreach (var unit in batch.Units.Where(u => u.Status == BatchStatus.Generated && u.Changes.Count > 0))
        {
            Console.WriteLine($"{Path.GetFileName(unit.Output)} 数据有变化：");
            foreach (var change in unit.Changes)
            {
                Console.WriteLine($"  {change}");
            }
        }
        foreach (var unit in batch.Units.Where(u => u.Status == BatchStatus.Failed))
        {
            Console.Error.WriteLine($"失败：{unit.Input}");
            DiagnosticPrinter.Text(Console.Error, unit.Diagnostics.Where(d => d.Severity == Severity.Error));
        }
        var time = batch.Elapsed.Humanize(precision: 2, culture: Chinese, minUnit: Humanizer.Localisation.TimeUnit.Millisecond);
        var size = ByteSize.FromBytes(batch.Bytes).Humanize("0.#");
        Console.WriteLine($"完成：生成 {batch.Generated} 个，未变化 {batch.UpToDate} 个，失败 {batch.Failed} 个；用时 {time}，写出 {size}。");
    }
}
