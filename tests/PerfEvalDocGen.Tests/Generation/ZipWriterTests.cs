using System.IO.Compression;
using System.Text;
using PerfEvalDocGen.Packaging;

namespace PerfEvalDocGen.Tests.Generation;

public class ZipWriterTests
{
    [Fact]
    public void An_archive_reads_back_whole_in_order_with_fixed_times()
    {
        var body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"<w:p>第{i}段</w:p>")));
        var entries = new[]
        {
            ZipEntryData.Store("docProps/core.xml", Encoding.UTF8.GetBytes("<core/>")),
            ZipEntryData.Deflate("word/document.xml", body),
            ZipEntryData.Deflate("附件/表一.xml", []),
        };

        var bytes = ZipWriter.Write(entries);

        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(["docProps/core.xml", "word/document.xml", "附件/表一.xml"], archive.Entries.Select(e => e.FullName));
        Assert.Equal("<core/>", Read(archive.Entries[0]));
        Assert.Equal(Encoding.UTF8.GetString(body), Read(archive.Entries[1]));
        Assert.True(archive.Entries[1].CompressedLength < body.Length / 4);
        Assert.Equal("", Read(archive.Entries[2]));
        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.Equal(bytes, ZipWriter.Write(entries));
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
