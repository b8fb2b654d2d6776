using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Tests.Templates;

/// <summary>Each bound a maintainer's template runs within, tried by a template that means to break it.</summary>
public class TemplateSafetyTests
{
    [Theory]
    [InlineData("{{ nosuch }}", "nosuch")]
    [InlineData("{{ money budgt.executed blank: \"0\" }}", "budgt")]
    public void An_unknown_variable_is_an_error_not_a_blank(string source, string named)
    {
        var diagnostic = TemplateRender.Fail(source);
        Assert.Equal("PE302", diagnostic.Code);
        Assert.Contains(named, diagnostic.Message);
    }

    [Theory]
    [InlineData("{{ unit.nosuch }}", "unit.nosuch")]
    [InlineData("{{ unit.name.Length }}", "unit.name.Length")]
    [InlineData("{{ unit.GetType }}", "unit.GetType")]
    public void Members_are_not_relaxed_and_no_dotnet_member_is_reachable(string source, string named)
    {
        var diagnostic = TemplateRender.Fail(source, new ReportData { Unit = { Name = "某街道" } });
        Assert.Equal("PE302", diagnostic.Code);
        Assert.Contains(named, diagnostic.Message);
    }

    [Fact]
    public void Reading_into_a_blank_object_names_what_is_blank()
    {
        var diagnostic = TemplateRender.Fail("第一行\n{{ narrative.results.themes[0].title }}");
        Assert.Contains(diagnostic.Code, new[] { "PE310", "PE303" });
        Assert.Equal(2, diagnostic.Line);
    }

    [Theory]
    [InlineData("{{ for i in 1..20000 }}{{ end }}")]
    [InlineData("{{ while true }}{{ end }}")]
    public void A_loop_stops_at_the_loop_limit(string source)
    {
        var diagnostic = TemplateRender.Fail(source);
        Assert.Equal("PE311", diagnostic.Code);
        Assert.Equal(1, diagnostic.Line);
        Assert.True(diagnostic.Column > 0);
    }

    [Fact]
    public void A_self_calling_function_stops_at_the_recursion_limit()
    {
        var diagnostic = TemplateRender.Fail("{{ func f\n f\nend\nf }}");
        Assert.Equal("PE312", diagnostic.Code);
        Assert.True(diagnostic.Line > 0);
    }

    [Fact]
    public void A_self_including_partial_stops_at_the_recursion_limit_and_names_the_partial()
    {
        var engine = new TemplateEngine();
        engine.RegisterPartial("loop", "再一次{{ include \"loop\" }}", "partials/loop.scriban");
        var diagnostic = TemplateRender.Fail("{{ include \"loop\" }}", engine: engine);
        Assert.Equal("PE312", diagnostic.Code);
        Assert.Equal("partials/loop.scriban", diagnostic.File);
    }

    [Fact]
    public void Long_text_is_never_cut_short()
    {
        // Scriban's default LimitToString would end anything over 1 MB with "..." and no error.
        var name = new string('街', 1_200_000);
        Assert.Equal(name, TemplateRender.Run("{{ unit.name }}", new ReportData { Unit = { Name = name } }));
    }

    [Fact]
    public void Output_beyond_the_output_limit_is_an_error()
    {
        var diagnostic = TemplateRender.Fail("{{ for i in 1..9000 }}{{ unit.name }}{{ end }}", new ReportData { Unit = { Name = new string('街', 500) } });
        Assert.Equal("PE314", diagnostic.Code);
    }

    [Theory]
    [InlineData("../manifest")]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/theme")]
    [InlineData("C:\\\\Windows\\\\win")]
    [InlineData("theme.scriban")]
    [InlineData("")]
    public void Include_reaches_only_partials_of_the_set_by_name(string name)
    {
        var engine = new TemplateEngine();
        engine.RegisterPartial("theme", "片段", "partials/theme.scriban");
        Assert.Equal("片段", TemplateRender.Run("{{ include \"theme\" }}", engine: engine));
        var diagnostic = TemplateRender.Fail($"{{{{ include \"{name}\" }}}}", engine: engine);
        Assert.Equal("PE315", diagnostic.Code);
    }

    [Fact]
    public void Include_of_a_missing_partial_names_it()
    {
        var diagnostic = TemplateRender.Fail("{{ include \"nosuch\" }}");
        Assert.Equal("PE315", diagnostic.Code);
        Assert.Contains("nosuch", diagnostic.Message);
    }

    [Fact]
    public void A_render_that_runs_too_long_is_stopped()
    {
        // A deadline already past stands for a render that ran out of time: the result does not depend on the machine's speed.
        var engine = new TemplateEngine { RenderTime = TimeSpan.Zero };
        var diagnostic = TemplateRender.Fail("{{ for a in 1..100 }}{{ x = a }}{{ end }}", engine: engine);
        Assert.Equal("PE313", diagnostic.Code);
    }

    [Theory]
    [InlineData("{{ import \"System.IO.File\" }}")]
    [InlineData("{{ object.typeof unit }}")]
    [InlineData("{{ regex.match \"a\" \"a\" }}")]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ html.strip \"a\" }}")]
    public void No_dotnet_type_or_unsafe_builtin_can_be_reached(string source)
    {
        var diagnostic = TemplateRender.Fail(source, new ReportData { Signature = { ReportDate = "2024-05-28" } });
        Assert.StartsWith("PE3", diagnostic.Code);
    }

    [Fact]
    public void Data_cannot_be_overwritten_for_later_sections()
    {
        var data = new ReportData { Unit = { Name = "某街道" } };
        var engine = new TemplateEngine();
        var model = TemplateModel.Create(data, PerfEvalDocGen.Figures.FigureCalculator.Compute(data));
        engine.Compile("{{ x = 1 }}{{ unit = \"假\" }}", "sections/a.scriban").Render(model);
        Assert.Equal("某街道", engine.Compile("{{ unit.name }}", "sections/b.scriban").Render(model));
        var leak = Assert.Throws<PerfEvalException>(() => engine.Compile("{{ x }}", "sections/c.scriban").Render(model));
        Assert.Equal("PE302", Assert.Single(leak.Diagnostics).Code);
    }
}
