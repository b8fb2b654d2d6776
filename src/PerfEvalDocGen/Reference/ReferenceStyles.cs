using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.Reference;

/// <summary>
/// What a set's reference document (样式参考.docx) contributes to its packages: its styles, its page setup (already
/// folded into <see cref="Layout"/>) and its footers. Nothing else of the document is read.
/// </summary>
internal sealed class ReferenceStyles(Styles? styles, LayoutSettings layout, Footer? oddFooter, Footer? evenFooter, Footer? firstFooter)
{
    /// <summary>The set's layout with the reference's paper, margins, footer distance and line pitch.</summary>
    public LayoutSettings Layout { get; } = layout;

    /// <summary>Ids of the built styles kept over the reference's, because manifest.json writes what they are made of.</summary>
    public IReadOnlySet<string> WrittenStyles { get; init; } = new HashSet<string>();

    /// <summary>Whether the built document defaults (the body font) are kept over the reference's.</summary>
    public bool WrittenDefaults { get; init; }

    /// <summary>
    /// The reference's styles in place of the built ones with the same id; built styles the reference lacks are added,
    /// styles only the reference has are kept, and its document defaults replace the built ones when it has them.
    /// The footers (odd, even, first page; null keeps the built one) name the styles as the merged styles do.
    /// </summary>
    public (Styles Styles, Footer? Odd, Footer? Even, Footer? First) Merge(Styles built)
    {
        if (styles is null)
        {
            var none = new Dictionary<string, string>();
            return (built, Copy(oddFooter, none), Copy(evenFooter, none), Copy(firstFooter, none));
        }
        var merged = (Styles)styles.CloneNode(true);
        if (WrittenDefaults && merged.DocDefaults is { } replaced && built.DocDefaults is { } ownDefaults)
        {
            replaced.InsertAfterSelf(ownDefaults.CloneNode(true));
            replaced.Remove();
        }
        if (merged.DocDefaults is null && built.DocDefaults is { } defaults)
        {
            merged.PrependChild(defaults.CloneNode(true));
        }
        var renames = AdoptRenamed(merged, built);
        // What manifest.json writes out wins: its styles are built, and take the place of the reference's of the same id.
        var builtById = built.Elements<Style>().Where(s => s.StyleId?.Value is not null).ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal);
        foreach (var style in merged.Elements<Style>().Where(s => s.StyleId?.Value is { } id && WrittenStyles.Contains(id)).ToList())
        {
            if (builtById.TryGetValue(style.StyleId!.Value!, out var own))
            {
                style.InsertAfterSelf(own.CloneNode(true));
            }
            style.Remove();
        }
        var ids = merged.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var style in built.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id && ids.Add(id))
            {
                merged.Append(style.CloneNode(true));
            }
        }
        KeepPunctuationInside(merged);
        return (merged, Copy(oddFooter, renames), Copy(evenFooter, renames), Copy(firstFooter, renames));
    }

    private static Footer? Copy(Footer? footer, IReadOnlyDictionary<string, string> renames)
    {
        if (footer is null)
        {
            return null;
        }
        var copy = (Footer)footer.CloneNode(true);
        foreach (var style in copy.Descendants<ParagraphStyleId>())
        {
            if (style.Val?.Value is { } id && renames.TryGetValue(id, out var renamed))
            {
                style.Val = renamed;
            }
        }
        foreach (var style in copy.Descendants<RunStyle>())
        {
            if (style.Val?.Value is { } id && renames.TryGetValue(id, out var renamed))
            {
                style.Val = renamed;
            }
        }
        return copy;
    }

    /// <summary>
    /// LibreOffice saves custom styles under ids of its own (报告标题 as Style9, 标题 1 字符 as 1): a built style whose id
    /// the reference lacks takes the reference's style of the same name and type, renamed to the built id, along with
    /// every basedOn, next and link that named it.
    /// </summary>
    private static Dictionary<string, string> AdoptRenamed(Styles merged, Styles built)
    {
        var references = merged.Elements<Style>().ToList();
        var ids = references.Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var builtIds = built.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var style in built.Elements<Style>())
        {
            if (style.StyleId?.Value is not { } id || ids.Contains(id) || style.StyleName?.Val?.Value is not { } name)
            {
                continue;
            }
            var match = references.FirstOrDefault(r =>
                r.StyleId?.Value is { } rid && !builtIds.Contains(rid) && !renames.ContainsKey(rid)
                && r.Type?.Value == style.Type?.Value
                && string.Equals(r.StyleName?.Val?.Value, name, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                renames[match.StyleId!.Value!] = id;
            }
        }
        if (renames.Count == 0)
        {
            return renames;
        }
        StringValue? Renamed(StringValue? value) => value?.Value is { } target && renames.TryGetValue(target, out var renamed) ? renamed : value;
        foreach (var style in references)
        {
            if (style.StyleId?.Value is { } rid && renames.TryGetValue(rid, out var id))
            {
                style.StyleId = id;
            }
            foreach (var link in style.Elements<BasedOn>())
            {
                link.Val = Renamed(link.Val);
            }
            foreach (var link in style.Elements<NextParagraphStyle>())
            {
                link.Val = Renamed(link.Val);
            }
            foreach (var link in style.Elements<LinkedStyle>())
            {
                link.Val = Renamed(link.Val);
            }
        }
        return renames;
    }

    /// <summary>
    /// w:overflowPunct stays the tool's: LibreOffice reads it inverted and writes it back as 0 (or drops it from the
    /// defaults), and with 0 it hangs a line-end 。，； past the margin, where the PDF does not paint it.
    /// </summary>
    private static void KeepPunctuationInside(Styles merged)
    {
        var defaults = merged.DocDefaults ??= new DocDefaults();
        var paragraphDefaults = defaults.ParagraphPropertiesDefault ??= new ParagraphPropertiesDefault();
        var properties = paragraphDefaults.ParagraphPropertiesBaseStyle ??= new ParagraphPropertiesBaseStyle();
        if (properties.OverflowPunctuation is null)
        {
            properties.OverflowPunctuation = new OverflowPunctuation { Val = true };
        }
        foreach (var overflow in merged.Descendants<OverflowPunctuation>())
        {
            overflow.Val = true;
        }
    }
}
