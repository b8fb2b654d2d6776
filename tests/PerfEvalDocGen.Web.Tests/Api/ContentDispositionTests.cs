using System.Net.Http.Headers;
using PerfEvalDocGen.Web.Api;

namespace PerfEvalDocGen.Web.Tests.Api;

public sealed class ContentDispositionTests
{
    [Theory]
    [InlineData("岳阳楼街道2023年度整体支出绩效自评报告.docx")]
    [InlineData("100% 完成; \"引号\" 报告.docx")]
    [InlineData("report 2023.pdf")]
    [InlineData("é ü ñ 𠀀.docx")]
    public void Any_name_round_trips_through_the_rfc_5987_parameter(string name)
    {
        var header = ContentDisposition.Attachment(name);
        Assert.All(header, c => Assert.InRange(c, ' ', '~'));
        var parsed = ContentDispositionHeaderValue.Parse(header);
        Assert.Equal("attachment", parsed.DispositionType);
        Assert.Equal(name, parsed.FileNameStar);
        Assert.EndsWith(Path.GetExtension(name), parsed.FileName!.Trim('"'));
    }
}
