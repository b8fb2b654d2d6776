using CsCheck;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.DataFormat;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Tests.Generated;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.DataFormat;

/// <summary>The model reader builds exactly the model the serializer with the data format's settings builds.</summary>
public class ModelReaderTests
{
    private static readonly JsonSerializer Serializer = DataJson.CreateSerializer();

    // Both models written back out: equal text means equal models, every field and list item compared.
    private static void AssertSameModel(JObject tree)
    {
        var expected = JObject.FromObject(tree.ToObject<ReportData>(Serializer)!, Serializer);
        var actual = JObject.FromObject(ModelReader.Read<ReportData>(tree), Serializer);
        Assert.Equal(expected.ToString(Formatting.None), actual.ToString(Formatting.None));
    }

    private static JObject Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { FloatParseHandling = FloatParseHandling.Decimal, DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    [Fact]
    public void Every_example_reads_as_the_serializer_reads_it()
    {
        var examples = Directory.GetFiles(RepoPaths.Examples, "*.json");
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            AssertSameModel(Parse(File.ReadAllText(example)));
        }
    }

    [Fact]
    public void Generated_units_of_every_set_read_as_the_serializer_reads_them()
    {
        for (var i = 0u; i < 200; i++)
        {
            var (_, data) = UnitGenerator.Units.Generate(new PCG(i, 0x5EEDUL + i), null!, out _);
            AssertSameModel(data);
        }
    }

    [Fact]
    public void Null_keeps_the_default_and_numbers_become_decimals_and_integers()
    {
        var tree = Parse("""{"unit":{"name":"某街道办事处","year":2023.0},"budget":null,"narrative":{"overview":null},"indicators":[{"level1":"产出","weight":10}]}""");
        AssertSameModel(tree);
        var data = ModelReader.Read<ReportData>(tree);
        Assert.NotNull(data.Budget);
        Assert.Equal(10m, data.Indicators[0].Weight);
        Assert.Equal(2023, data.Unit.Year);
    }

    [Theory]
    [InlineData("""{"unit":{"nmae":"某街道"}}""", "nmae")]
    [InlineData("""{"unit":[1,2]}""", "unit")]
    [InlineData("""{"budget":{"executed":{"a":1}}}""", "budget.executed")]
    [InlineData("""{"budget":{"executed":"多"}}""", "budget.executed")]
    public void What_does_not_fit_the_model_is_an_error_naming_its_place(string json, string place)
    {
        var error = Assert.Throws<JsonSerializationException>(() => ModelReader.Read<ReportData>(Parse(json)));
        Assert.Contains(place, error.Message);
    }
}
