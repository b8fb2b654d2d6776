using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace PerfEvalDocGen.Packaging;

/// <summary>
/// One zip entry, compressed and checksummed, ready to be copied into any number of archives. Parts that depend only
/// on the layout (styles, settings, footers, relationships) are compressed once and reused for every package.
/// </summary>
internal sealed class ZipEntryData
{
    private const ushort Deflated = 8;
    private const ushort Stored = 0;

    private ZipEntryData(string name, ushort method, uint crc, int size, byte[] compressed)
    {
        Name = Encoding.UTF8.GetBytes(name);
        Method = method;
        Crc = crc;
        Size = size;
        Compressed = compressed;
    }

    /// <summary>The entry's name as written in the archive (UTF-8).</summary>
    public byte[] Name { get; }

    /// <summary>0 (stored) or 8 (deflated).</summary>
    public ushort Method { get; }

    /// <summary>CRC-32 of the uncompressed content.</summary>
    public uint Crc { get; }

    /// <summary>Size of the uncompressed content in bytes.</summary>
    public int Size { get; }

    /// <summary>The content as it goes into the archive.</summary>
    public byte[] Compressed { get; }

    /// <summary>An entry holding <paramref name="content"/> deflated (fastest level, as Word itself writes).</summary>
    public static ZipEntryData Deflate(string name, ReadOnlySpan<byte> content)
    {
        var buffer = Output ??= new MemoryStream(64 * 1024);
        buffer.SetLength(0);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(content);
        }
        return new ZipEntryData(name, Deflated, Crc32.HashToUInt32(content), content.Length, buffer.ToArray());
    }

    // Reused per thread: the compressed bytes are copied out at their exact size, so the buffer can serve the next entry.
    [ThreadStatic]
    private static MemoryStream? Output;

    /// <summary>An entry holding <paramref name="content"/> as it is: for small parts, where deflating costs more than it saves.</summary>
    public static ZipEntryData Store(string name, byte[] content) =>
        new(name, Stored, Crc32.HashToUInt32(content), content.Length, content);
}
