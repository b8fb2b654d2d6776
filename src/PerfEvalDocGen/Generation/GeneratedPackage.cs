namespace PerfEvalDocGen.Generation;

/// <summary>A generated package: its file name (already safe for any file system) and its bytes.</summary>
public sealed record GeneratedPackage(string FileName, byte[] Content);
