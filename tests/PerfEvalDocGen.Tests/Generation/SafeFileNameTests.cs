using PerfEvalDocGen.Generation;

namespace PerfEvalDocGen.Tests.Generation;

public class SafeFileNameTests
{
    [Theory]
    [InlineData("岳阳楼区/街道:办事处*2023", "岳阳楼区_街道_办事处_2023")]
    [InlineData("  报告. ", "报告")]
    [InlineData("CON", "_CON")]
    [InlineData("a\tb", "a_b")]
    public void Names_are_safe_on_every_file_system(string name, string expected) => Assert.Equal(expected, SafeFileName.From(name));

    [Fact]
    public void Long_names_are_capped() => Assert.Equal(120, SafeFileName.From(new string('单', 300)).Length);
}
