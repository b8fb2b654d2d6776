using System.Text;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Tests.Support;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Tests.Validation;

/// <summary>5,000 mutations of the example: dropped, retyped, duplicated and garbled fields, random bytes. No crash, no hang, no invalid package.</summary>
public class FuzzTests
{
    private const int Mutations = 5000;

    [Fact]
    public async Task Mutated_data_never_crashes_hangs_or_yields_an_invalid_package()
    {
        var original = File.ReadAllText(RepoPaths.Example("yueyanglou-2023.json"));
        var random = new Random(20231);
        var generator = new ReportGenerator();
        var (rejected, generated, validated) = (0, 0, 0);
        for (var i = 0; i < Mutations; i++)
        {
            var text = Mutate(original, random);
            var name = $"mutant-{i}.json";
            // WaitAsync throws TimeoutException, failing the test, if a mutant makes validation hang.
            var result = await Task.Run(() => ReportValidator.Validate(text, name)).WaitAsync(TimeSpan.FromSeconds(20));
            if (result.Data is null)
            {
                rejected++;
                Assert.NotEmpty(result.Diagnostics);
                Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
                continue;
            }
            GeneratedPackage package;
            try
            {
                package = generator.Generate(result.Data);
            }
            catch (PerfEvalDocGen.Diagnostics.PerfEvalException)
            {
                // Data the templates need and lack is a diagnostic too, never a crash.
                rejected++;
                continue;
            }
            generated++;
            // Validating every package would take minutes; every seventh (and all unusual ones below) is enough to catch a pattern.
            if (i % 7 == 0 || package.Content.Length < 10_000)
            {
                validated++;
                var errors = DocxReader.ValidationErrors(package.Content);
                Assert.True(errors.Count == 0, $"mutant {i}: " + string.Join("\n", errors.Take(5)));
            }
        }
        Assert.True(rejected > Mutations / 10, $"only {rejected} mutants were rejected");
        Assert.True(generated > Mutations / 10, $"only {generated} mutants were generated");
        Assert.True(validated > 50);
    }

    private static string Mutate(string json, Random random)
    {
        switch (random.Next(6))
        {
            case 0:
                return RandomBytes(json, random);
            case 1:
                return Truncate(json, random);
            default:
                var root = JObject.Parse(json);
                var tokens = root.DescendantsAndSelf().Where(t => t is JValue or JObject or JArray).ToList();
                var count = 1 + random.Next(3);
                for (var k = 0; k < count; k++)
                {
                    MutateToken(tokens[random.Next(tokens.Count)], random);
                }
                return root.ToString();
        }
    }

    private static void MutateToken(JToken token, Random random)
    {
        JToken[] replacements =
        [
            JValue.CreateNull(), new JValue(""), new JValue(-1), new JValue(0), new JValue(1e30), new JValue(123456789012L),
            new JValue(2.5m), new JValue(true), new JValue("4073.53万"), new JValue("# 标题 **粗体** \\ {{unit.name}}"),
            new JValue("\u0001\u0007"), new JValue(new string('长', 3000)), new JArray(), new JObject(), new JArray(1, "a", JValue.CreateNull()),
            new JValue("2024-02-30"), new JValue("≥abc"), new JValue("≤0"),
        ];
        try
        {
            switch (random.Next(4))
            {
                case 0 when token.Parent is JProperty property && property.Parent is JObject:
                    property.Remove();
                    break;
                case 1 when token.Parent is JProperty property && property.Parent is JObject owner:
                    owner[property.Name + (random.Next(2) == 0 ? "x" : "")] = token.DeepClone();
                    break;
                case 2 when token is JArray array && array.Count > 0:
                    array.Add(array[random.Next(array.Count)].DeepClone());
                    break;
                default:
                    if (token.Parent is not null)
                    {
                        token.Replace(replacements[random.Next(replacements.Length)].DeepClone());
                    }
                    break;
            }
        }
        catch (InvalidOperationException)
        {
            // A token already detached by an earlier mutation of the same round.
        }
    }

    private static string RandomBytes(string json, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        for (var k = 0; k < 1 + random.Next(8); k++)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }
        return Encoding.UTF8.GetString(bytes);
    }

    private static string Truncate(string json, Random random) => json[..random.Next(json.Length)];
}
