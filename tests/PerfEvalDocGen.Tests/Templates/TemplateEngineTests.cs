using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Tests.Templates;

public class TemplateEngineTests
{
    private const string Source = "{{#each items}}{{name}}{{#if @last}}。{{else}}、{{/if}}{{/each}}";

    private static readonly Dictionary<string, object> Model = new()
    {
        ["items"] = new List<Dictionary<string, object>> { new() { ["name"] = "办公室" }, new() { ["name"] = "财政所" } },
    };

    [Fact]
    public void An_interpreting_engine_really_interprets_and_renders_what_a_compiling_one_does()
    {
        var interpreting = new TemplateEngine(interpret: true);
        var compiling = new TemplateEngine(interpret: false);

        var interpreted = interpreting.Compile(Source, "t.hbs").Render(Model);
        var compiled = compiling.Compile(Source, "t.hbs").Render(Model);

        Assert.Equal("办公室、财政所。", interpreted);
        Assert.Equal(compiled, interpreted);
        Assert.True(interpreting.InterpretedExpressions > 0, "Handlebars.Net compiled the templates to IL instead of handing them to the interpreter.");
        Assert.Equal(0, compiling.InterpretedExpressions);
    }
}
