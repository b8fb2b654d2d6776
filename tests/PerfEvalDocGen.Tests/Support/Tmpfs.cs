namespace PerfEvalDocGen.Tests.Support;

/// <summary>
/// A small tmpfs mounted for one test: a disk that fills up at a known size, or that is made read-only. File modes do
/// not stop root (CI runs as root), a read-only mount does. Needs root; the test fails, never skips, without it.
/// </summary>
internal sealed class Tmpfs : IDisposable
{
    public Tmpfs(string path, string size)
    {
        Path = path;
        Directory.CreateDirectory(path);
        Mount("-t", "tmpfs", "-o", $"size={size}", "tmpfs", path);
    }

    public string Path { get; }

    public void MakeReadOnly() => Mount("-o", "remount,ro", Path);

    public void Dispose() => ProcessRunner.Run("umount", ["-l", Path]);

    private static void Mount(params string[] arguments)
    {
        var result = ProcessRunner.Run("mount", arguments);
        Assert.True(result.ExitCode == 0, "mount failed (the fault tests need root): " + result.StandardError);
    }
}
