namespace PerfEvalDocGen.Storage;

/// <summary>How a written file reaches the disk.</summary>
internal enum WriteDurability
{
    /// <summary>The file is flushed before it is renamed into place.</summary>
    FlushFile,

    /// <summary>
    /// The file is renamed into place unflushed; a later <see cref="FlushFileSystem"/> write puts it on the disk.
    /// Where the file system cannot be flushed in one call, it is flushed like <see cref="FlushFile"/>.
    /// </summary>
    Deferred,

    /// <summary>Everything written so far on the file system, this file included, is flushed before it is renamed into place.</summary>
    FlushFileSystem,
}
