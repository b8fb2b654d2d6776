using System.Diagnostics;
using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Validation;

namespace PerfEvalDocGen.Bench;

/// <summary>
/// How checking a data file grows with the length of a list: the seed-004 example with its duties or its indicators
/// repeated to 10,000, 100,000 and 1,000,000 items, each checked in process after a warm-up. Linear growth shows as a
/// flat time per item. Usage: <c>dotnet run -c Release --project bench/PerfEvalDocGen.Bench -- scale [SIZES…]</c>.
/// </summary>
internal static class ValidationScaling
{
    public static void Run(string example, IReadOnlyList<int> sizes)
    {
        var unit = JObject.Parse(File.ReadAllText(example));
        Console.WriteLine("| list | items | text (M chars) | check (s) | per item (µs) | Newtonsoft JToken.Parse alone (s) | diagnostics | managed heap after (MB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        // A small run first, so the first figure does not carry the JIT.
        Measure(unit, "duties", 1000, print: false);
        foreach (var list in new[] { "duties", "indicators" })
        {
            foreach (var size in sizes)
            {
                Measure(unit, list, size, print: true);
            }
        }
    }

    private static void Measure(JObject unit, string list, int size, bool print)
    {
        var text = Build(unit, list, size);
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var result = ReportValidator.Validate(text, "scale.json");
        clock.Stop();
        var diagnostics = result.Diagnostics.Count;
        var heap = GC.GetTotalMemory(false) / 1024.0 / 1024.0;
        GC.Collect();
        // The JSON library reading the same text into a tree, as a yardstick of the machine's speed at that moment.
        var baseline = Stopwatch.StartNew();
        GC.KeepAlive(JToken.Parse(text));
        baseline.Stop();
        if (print)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {list} | {size:N0} | {text.Length / 1e6:0.0} | {clock.Elapsed.TotalSeconds:0.00} | {clock.Elapsed.TotalMilliseconds * 1000 / size:0.0} | {baseline.Elapsed.TotalSeconds:0.00} | {diagnostics:N0} | {heap:0} |"));
        }
    }

    // The list's items are the example's own, repeated with a number so that no two are alike.
    private static string Build(JObject unit, string list, int size)
    {
        var copy = (JObject)unit.DeepClone();
        var items = (JArray)copy[list]!;
        var repeated = new JArray();
        for (var i = 0; i < size; i++)
        {
            var item = (JObject)items[i % items.Count].DeepClone();
            if (item["level3"] is JValue level3)
            {
                level3.Value = $"{level3.Value}{i}";
            }
            if (item["office"] is JValue office)
            {
                office.Value = $"{office.Value}{i}";
            }
            repeated.Add(item);
        }
        copy[list] = repeated;
        var builder = new StringBuilder();
        using (var writer = new StringWriter(builder, CultureInfo.InvariantCulture))
        {
            copy.WriteTo(new Newtonsoft.Json.JsonTextWriter(writer) { Formatting = Newtonsoft.Json.Formatting.Indented });
        }
        return builder.ToString();
    }
}
