using PerfEvalDocGen.Batch;
using Spectre.Console;

namespace PerfEvalDocGen.Cli.Commands;

/// <summary>Shows a batch's progress: a live bar on a terminal, one plain line per unit in logs and CI.</summary>
internal static class BatchProgress
{
    public static BatchResult Run(CliConsole console, BatchRunner runner, IReadOnlyList<string> files, Action<BatchResult> deliver)
    {
        if (!console.ShowsLiveProgress)
        {
            var done = 0;
            return runner.Run(files, unit => console.Out.WriteLine($"[{++done}/{files.Count}] {Describe(unit)}"), deliver: deliver);
        }
        BatchResult? result = null;
        console.Ansi.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask($"0/{files.Count}", maxValue: files.Count);
                var started = DateTime.UtcNow;
                result = runner.Run(files, _ =>
                {
                    task.Increment(1);
                    var rate = task.Value / Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds);
                    task.Description = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{task.Value:0}/{files.Count} · {rate:0} 个/秒");
                }, deliver: batch => result = batch);
            });
        deliver(result!);
        return result!;
    }

    private static string Describe(BatchUnitResult unit) => unit.Status switch
    {
        BatchStatus.Generated => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"已生成 {Path.GetFileName(unit.Output)}（{unit.Elapsed.TotalMilliseconds:0} 毫秒）"),
        BatchStatus.UpToDate => $"未变化 {Path.GetFileName(unit.Output)}",
        _ => $"失败 {unit.Input}：{unit.Diagnostics.FirstOrDefault(d => d.Severity == PerfEvalDocGen.Diagnostics.Severity.Error)?.Message}",
    };
}
