using System.Globalization;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Storage;

namespace PerfEvalDocGen.Batch;

/// <summary>
/// One batch at a time in an output folder: a record lock on <c>.perfeval-batch.lock</c>, which the system releases when
/// the process ends however it ends, so a killed run never leaves the folder locked. The file holds the holder's process
/// id and start time, for the message the next run prints.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    public const string FileName = ".perfeval-batch.lock";

    private readonly FileStream stream;

    private OutputLock(FileStream stream)
    {
        this.stream = stream;
    }

    /// <summary>
    /// Takes the lock; throws <see cref="PerfEvalException"/> (PE410) naming the other process when another run holds it,
    /// and <see cref="IOException"/> when the folder cannot be written at all.
    /// </summary>
    public static OutputLock Acquire(string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, FileName);
        FileStream stream;
        if (OperatingSystem.IsLinux())
        {
            stream = FileNode.OpenWriteNoFollow(path);
            try
            {
                stream.Lock(0, 1);
            }
            catch (IOException)
            {
                stream.Dispose();
                throw Busy(outputDirectory, path);
            }
        }
        else
        {
            // Elsewhere the file is held open without sharing, which the system also releases with the process.
            try
            {
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (File.Exists(path) && e is not PathTooLongException)
            {
                throw Busy(outputDirectory, path);
            }
        }
        var holder = System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessId}\n{DateTime.Now:yyyy-MM-dd HH:mm:ss}\n"));
        stream.SetLength(0);
        stream.Write(holder);
        stream.Flush();
        return new OutputLock(stream);
    }

    public void Dispose() => stream.Dispose();

    private static PerfEvalException Busy(string outputDirectory, string path) =>
        new(new Diagnostic(Severity.Error, "PE410",
            $"输出目录正由另一个 perfeval batch 使用（{Holder(path)}），本次未写出任何文件。", outputDirectory,
            Suggestion: "等另一个批量生成结束后再运行（结束或被终止后锁即释放）；同时运行的批量生成请使用不同的输出目录。"));

    private static string Holder(string path)
    {
        try
        {
            using var reader = FileNode.OpenReadNoFollow(path);
            var lines = reader is null ? [] : new StreamReader(reader).ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return lines.Length >= 2 ? $"进程号 {lines[0]}，{lines[1]} 开始" : "进程号未知";
        }
        catch (IOException)
        {
            return "进程号未知";
        }
    }
}
