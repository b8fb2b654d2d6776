using System.Text.RegularExpressions;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation;

/// <summary>A data file that is valid JSON but not an object is told what it holds, in Chinese, at its first character.</summary>
public class WholeFileKindTests
{
    [Theory]
    [InlineData("null", "空值 null")]
    [InlineData("[]", "数组")]
    [InlineData("\"x\"", "文字 \"x\"")]
    [InlineData("true", "逻辑值 true")]
    [InlineData("5", "数字 5")]
    public void A_file_that_is_not_an_object_says_what_it_is(string json, string kind)
    {
        var result = ReportValidator.Validate(json, "data.json");
        Assert.Null(result.Data);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PE104", diagnostic.Code);
        Assert.Equal((1, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Equal($"“数据文件”应为对象（{{ … }}），实际为{kind}。", diagnostic.Message);
        // No word of the reader's own (Null, Boolean…) reaches the user.
        Assert.DoesNotMatch(new Regex("[A-Z][a-z]+"), diagnostic.Message);
    }
}
