using PerfEvalDocGen.Wording;

namespace PerfEvalDocGen.Tests.Wording;

public class PunctuationTests
{
    [Theory]
    [InlineData("主要为抚恤金支出。；运行维护经费", "主要为抚恤金支出；运行维护经费")]
    [InlineData("党政办公室：：负责", "党政办公室：负责")]
    [InlineData("制度方面。：以区政府", "制度方面：以区政府")]
    [InlineData("人员减少。。", "人员减少。")]
    [InlineData("甲，、；。", "甲。")]
    [InlineData("完成率100%。其中：一是", "完成率100%。其中：一是")]
    [InlineData("……。", "……。")]
    [InlineData("是否完成？。", "是否完成？。")]
    [InlineData("", "")]
    public void Adjacent_marks_are_written_as_the_later_one(string text, string expected) => Assert.Equal(expected, Punctuation.CollapseAdjacent(text));

    [Fact]
    public void Text_without_a_pair_is_returned_as_it_is() =>
        Assert.Same("一、二。三；四：五", Punctuation.CollapseAdjacent("一、二。三；四：五"));
}
