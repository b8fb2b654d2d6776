using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Tests.Templates;

/// <summary>Common syntax slips say what is wrong in words a maintainer knows, at the place of the slip, once.</summary>
public class TemplateSyntaxMessageTests
{
    [Theory]
    [InlineData("{{ if unit.name }}\n文字\n", 1, 19, "{{ if }} 没有对应的 {{ end }}")]
    [InlineData("{{~ # 注释 ~}}\n{{ for g in goals }}\n{{ g.expected }}\n", 3, 17, "{{ for }} 没有对应的 {{ end }}")]
    [InlineData("{{ if unit.name }}x{{ else }}y\n", 1, 30, "{{ else }} 没有对应的 {{ end }}")]
    [InlineData("{{ default unit.name \"abc }}\n", 1, 29, "缺少结尾的英文双引号")]
    [InlineData("文字\n{ unit.name }}文字\n", 2, 13, "多出了“}}”")]
    [InlineData("{{ unit.name }}文字}}\n", 1, 18, "多出了“}}”")]
    public void A_slip_is_one_Chinese_PE301_at_its_place(string source, int line, int column, string says)
    {
        var error = Assert.Throws<PerfEvalException>(() => new TemplateEngine().Compile(source, "sections/t.scriban"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("PE301", line, column), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains(says, diagnostic.Message);
        TemplateRender.AssertChinese(diagnostic);
    }

    [Fact]
    public void Braces_inside_a_code_block_string_are_not_a_stray_close() =>
        Assert.NotNull(new TemplateEngine().Compile("{{ default unit.name \"}}\" }}\n", "sections/t.scriban"));
}
