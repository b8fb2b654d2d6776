using PerfEvalDocGen.Templates;
using PerfEvalDocGen.Wording;

namespace PerfEvalDocGen.Narrative;

/// <summary>Renders a template set's outline to numbered narrative blocks.</summary>
internal static class NarrativeRenderer
{
    /// <summary>The text of a kept section that has no content.</summary>
    public const string NothingToReport = "无。";

    public static IReadOnlyList<NarrativeBlock> Render(TemplateSet set, TemplateModel model)
    {
        var pending = new List<PendingBlock>();
        foreach (var node in set.Manifest.Outline)
        {
            RenderNode(set, node, 1, model, pending);
        }
        var numbering = new HeadingNumbering(set.Manifest.Layout.Headings);
        return pending
            .Select(p => p.Level > 0 ? new NarrativeBlock(p.Level, numbering.Next(p.Level), p.Heading, p.Body) : new NarrativeBlock(0, "", [], p.Body))
            .ToList();
    }

    private static void RenderNode(TemplateSet set, OutlineNode node, int level, TemplateModel model, List<PendingBlock> output)
    {
        var content = node.Template is { } name ? ToBlocks(MarkupParser.Parse(Punctuation.CollapseAdjacent(set.Sections[name].Render(model))), level) : [];
        var children = new List<PendingBlock>();
        foreach (var child in node.Children)
        {
            RenderNode(set, child, level + 1, model, children);
        }
        if (content.Count == 0 && children.Count == 0)
        {
            if (node.OmitWhenEmpty)
            {
                return;
            }
            // A section the outline keeps but the data leaves empty (no problems listed, no measures) says so, rather
            // than printing a heading with nothing under it.
            content.Add(new PendingBlock(0, [], MarkupParser.ParseInlines(NothingToReport)));
        }
        var title = MarkupParser.ParseInlines(set.Titles[node].Render(model).Trim());
        if (title.Count == 0)
        {
            // An untitled node (a preamble) adds text without a heading or a number.
            output.AddRange(content);
            output.AddRange(children);
            return;
        }
        if (node.RunIn && content.Count > 0 && content[0].Level == 0)
        {
            output.Add(new PendingBlock(level, title, content[0].Body));
            content.RemoveAt(0);
        }
        else
        {
            output.Add(new PendingBlock(level, title, []));
        }
        output.AddRange(content);
        output.AddRange(children);
    }

    /// <summary>Turns markup lines into blocks; a run-in heading takes the body line that follows it.</summary>
    private static List<PendingBlock> ToBlocks(IReadOnlyList<MarkupLine> lines, int sectionLevel)
    {
        var blocks = new List<PendingBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Depth == 0)
            {
                blocks.Add(new PendingBlock(0, [], line.Inlines));
                continue;
            }
            var level = sectionLevel + line.Depth;
            if (line.RunIn && i + 1 < lines.Count && lines[i + 1].Depth == 0)
            {
                blocks.Add(new PendingBlock(level, line.Inlines, lines[++i].Inlines));
            }
            else
            {
                blocks.Add(new PendingBlock(level, line.Inlines, []));
            }
        }
        return blocks;
    }

    private sealed record PendingBlock(int Level, IReadOnlyList<InlineText> Heading, IReadOnlyList<InlineText> Body);
}
