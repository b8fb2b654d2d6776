using System.Globalization;
using Newtonsoft.Json.Linq;

namespace PerfEvalDocGen.Tests.Support;

/// <summary>Distinct units made from the seed-004 example by varying names and figures, for batch tests and benchmarks.</summary>
public static class Corpus
{
    /// <summary>Writes <paramref name="count"/> unit files into <paramref name="directory"/> and returns their paths.</summary>
    public static IReadOnlyList<string> Write(string directory, int count, string example)
    {
        Directory.CreateDirectory(directory);
        var template = JObject.Parse(File.ReadAllText(example));
        template.Remove("$schema");
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var unit = Vary(template, i);
            var path = Path.Combine(directory, $"unit-{i:D5}.json");
            File.WriteAllText(path, unit.ToString());
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>The example with unit <paramref name="i"/>'s name and a few of its figures changed; its sums still hold.</summary>
    public static JObject Vary(JObject template, int i)
    {
        var unit = (JObject)template.DeepClone();
        var number = i.ToString(CultureInfo.InvariantCulture);
        unit["unit"]!["name"] = $"第{number}区第{number}街道办事处";
        unit["unit"]!["shortName"] = $"第{number}街道办事处";
        var delta = i % 100 / 100m;
        unit["budget"]!["initialBudget"] = (decimal)unit["budget"]!["initialBudget"]! + delta;
        unit["procurement"]!["currentActual"] = (decimal)unit["procurement"]!["currentActual"]! + delta;
        unit["organization"]!["retired"] = (int)unit["organization"]!["retired"]! + i % 7;
        return unit;
    }
}
