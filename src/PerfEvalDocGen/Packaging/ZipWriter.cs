using System.Buffers.Binary;

namespace PerfEvalDocGen.Packaging;

/// <summary>
/// Writes a zip archive from ready entries, in the order given, with fixed times and no extra fields, so the same
/// entries always give the same bytes. Only what a .docx needs: no zip64, no encryption, no comments.
/// </summary>
internal static class ZipWriter
{
    private const uint LocalHeaderSignature = 0x04034b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint EndSignature = 0x06054b50;
    private const ushort Version = 20;
    private const ushort Utf8Names = 1 << 11;

    // 1980-01-01 00:00, the earliest time a zip entry can carry: the same for every package.
    private const ushort DosTime = 0;
    private const ushort DosDate = (0 << 9) | (1 << 5) | 1;

    /// <summary>The archive holding <paramref name="entries"/>, as one array.</summary>
    public static byte[] Write(IReadOnlyList<ZipEntryData> entries)
    {
        var length = 22;
        foreach (var entry in entries)
        {
            length += 30 + 46 + 2 * entry.Name.Length + entry.Compressed.Length;
        }
        var archive = new byte[length];
        var span = archive.AsSpan();
        var offsets = new int[entries.Count];
        var position = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            offsets[i] = position;
            position = Header(span, position, LocalHeaderSignature, entry, central: false, 0);
            entry.Compressed.CopyTo(span[position..]);
            position += entry.Compressed.Length;
        }
        var directory = position;
        for (var i = 0; i < entries.Count; i++)
        {
            position = Header(span, position, CentralHeaderSignature, entries[i], central: true, offsets[i]);
        }
        var end = span[position..];
        BinaryPrimitives.WriteUInt32LittleEndian(end, EndSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(end[4..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[6..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)(position - directory));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)directory);
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);
        return archive;
    }

    private static int Header(Span<byte> span, int position, uint signature, ZipEntryData entry, bool central, int localOffset)
    {
        var at = position;
        U32(span, ref at, signature);
        if (central)
        {
            U16(span, ref at, Version); // made by
        }
        U16(span, ref at, Version); // needed to extract
        U16(span, ref at, Utf8Names);
        U16(span, ref at, entry.Method);
        U16(span, ref at, DosTime);
        U16(span, ref at, DosDate);
        U32(span, ref at, entry.Crc);
        U32(span, ref at, (uint)entry.Compressed.Length);
        U32(span, ref at, (uint)entry.Size);
        U16(span, ref at, (ushort)entry.Name.Length);
        U16(span, ref at, 0); // extra field length
        if (central)
        {
            U16(span, ref at, 0); // comment length
            U16(span, ref at, 0); // disk number
            U16(span, ref at, 0); // internal attributes
            U32(span, ref at, 0); // external attributes
            U32(span, ref at, (uint)localOffset);
        }
        entry.Name.CopyTo(span[at..]);
        return at + entry.Name.Length;
    }

    private static void U16(Span<byte> span, ref int at, ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(span[at..], value);
        at += 2;
    }

    private static void U32(Span<byte> span, ref int at, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(span[at..], value);
        at += 4;
    }
}
