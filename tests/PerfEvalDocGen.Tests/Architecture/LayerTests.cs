using System.Text.RegularExpressions;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Architecture;

/// <summary>The library's layers point one way: no namespace refers to one above it (docs/architecture.md).</summary>
public partial class LayerTests
{
    private static readonly System.Reflection.Assembly Library = typeof(ReportData).Assembly;

    [Fact]
    public void No_namespace_refers_to_one_above_it()
    {
        var backward = LayerOrder.BackwardReferences(Library, LayerOrder.BottomUp);
        Assert.True(backward.Count == 0, "Backward references:\n" + string.Join("\n", backward));
    }

    [Fact]
    public void The_check_reports_a_reference_against_the_order()
    {
        // Docx assembles the body from tables (BodyBuilder → TableBuilder); with Docx placed below Tables that is a
        // backward reference, and the check must name it.
        var order = LayerOrder.BottomUp.ToList();
        (order[order.IndexOf("Docx")], order[order.IndexOf("Tables")]) = ("Tables", "Docx");
        var backward = LayerOrder.BackwardReferences(Library, order);
        Assert.Contains("PerfEvalDocGen.Docx.BodyBuilder → PerfEvalDocGen.Tables", backward);
    }

    [Fact]
    public void The_check_sees_a_reference_made_only_inside_a_method_body()
    {
        // The starter file takes the data format's serializer inside a method only (no field or signature names it), so
        // with DataFormat placed at the top the check must still find it.
        var order = LayerOrder.BottomUp.Where(n => n != "DataFormat").Append("DataFormat").ToList();
        var backward = LayerOrder.BackwardReferences(Library, order);
        Assert.Contains("PerfEvalDocGen.Schema.StarterData → PerfEvalDocGen.DataFormat", backward);
    }

    [Fact]
    public void Every_namespace_has_a_place_in_the_order()
    {
        Assert.Equal(new SortedSet<string>(LayerOrder.BottomUp, StringComparer.Ordinal), LayerOrder.TopNamespaces(Library));
    }

    [Fact]
    public void The_architecture_document_gives_the_same_order()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "architecture.md"));
        var listed = LayerLine().Matches(text).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(LayerOrder.BottomUp, listed);
    }

    // A numbered line of the layer list: "1. `Diagnostics` — …".
    [GeneratedRegex(@"^\d+\. `(\w+)`", RegexOptions.Multiline)]
    private static partial Regex LayerLine();
}
