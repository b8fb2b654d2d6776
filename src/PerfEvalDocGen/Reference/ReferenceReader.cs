using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Layout;


namespace PerfEvalDocGen.Reference;

/// <summary>
/// Reads a set's reference document: its styles part, the page setup of its last section (paper, margins, footer
/// distance, line pitch) and the footers its sections name. A file that is not a Word document, or that a page
/// cannot hold, is refused with a diagnostic naming it.
/// </summary>
internal static class ReferenceReader
{
    private const decimal MmPerTwip = 25.4m / 1440m;

    /// <summary>
    /// Reads <paramref name="bytes"/> (shown as <paramref name="shownAs"/>) over the set's <paramref name="layout"/>;
    /// what manifest.json writes out (<paramref name="written"/>) keeps its value and its styles.
    /// </summary>
    public static ReferenceStyles Read(byte[] bytes, string shownAs, LayoutSettings layout, WrittenLayout written)
    {
        CheckArchive(bytes, shownAs);
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
            var main = document.MainDocumentPart ?? throw NotWord(shownAs);
            var styles = main.StyleDefinitionsPart?.Styles is { } s ? Clean(s) : null;
            var sections = main.Document?.Body?.Descendants<SectionProperties>().ToList() ?? [];
            var page = layout.Copy();
            if (sections.Count > 0)
            {
                ReadPage(sections[^1], page, written);
            }
            var footers = new Dictionary<string, Footer>(StringComparer.Ordinal);
            foreach (var reference in sections.SelectMany(p => p.Elements<FooterReference>()))
            {
                var type = reference.Type?.Value is { } t ? ((IEnumValue)t).Value : "default";
                if (reference.Id?.Value is { } id && main.TryGetPartById(id, out var part) && part is FooterPart footerPart)
                {
                    footers[type] = ReadFooter(footerPart, shownAs);
                }
            }
            CheckPage(page, shownAs);
            if (styles is not null)
            {
                SchemaOrder.Apply(styles);
                Validate(styles, "样式", shownAs);
            }
            foreach (var footer in footers.Values)
            {
                SchemaOrder.Apply(footer);
                Validate(footer, "页脚", shownAs);
            }
            var pageNumberWritten = written.Any("pageNumber", "pageNumberFormat");
            return new ReferenceStyles(styles, page,
                pageNumberWritten ? null : footers.GetValueOrDefault("default"),
                pageNumberWritten ? null : footers.GetValueOrDefault("even"),
                footers.GetValueOrDefault("first"))
            {
                WrittenStyles = WrittenStyles(written, page.ReferenceLinePitch is null),
                WrittenDefaults = written.Any("body"),
            };
        }
        catch (PerfEvalException)
        {
            throw;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException
            or InvalidOperationException or ArgumentException or FormatException or OverflowException or NotSupportedException or KeyNotFoundException)
        {
            throw NotWord(shownAs);
        }
    }

    // A zip whose parts unpack past the limit is refused before any part is read.
    private static void CheckArchive(byte[] bytes, string shownAs)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Sum(e => e.Length) > ReferenceDocument.MaxUnpackedBytes)
            {
                throw new PerfEvalException(new Diagnostic(Severity.Error, "PE371",
                    $"样式参考文档解压后超过 {ReferenceDocument.MaxUnpackedBytes / 1024 / 1024} MB，未读取。", shownAs,
                    Suggestion: "样式参考文档只需几页示例文字：删去其中的图片和大段内容后另存，或删除该文件以使用默认样式。"));
            }
        }
        catch (InvalidDataException)
        {
            throw NotWord(shownAs);
        }
    }

    private static PerfEvalException NotWord(string shownAs) => new(new Diagnostic(Severity.Error, "PE370",
        $"样式参考文档“{Path.GetFileName(shownAs)}”不是可读的 Word 文档（.docx），可能已损坏或是其他格式。", shownAs,
        Suggestion: "在 Word、WPS 或 LibreOffice 中打开后“另存为 Word 文档（*.docx）”；或删除该文件以使用默认样式，需要时用 perfeval templates export 重新导出。"));

    // Numbering lives in a part the package does not have: a style's list reference would point nowhere.
    private static Styles Clean(Styles styles)
    {
        var copy = (Styles)styles.CloneNode(true);
        foreach (var numbering in copy.Descendants<NumberingProperties>().ToList())
        {
            numbering.Remove();
        }
        return copy;
    }

    /// <summary>
    /// The built styles that stay the tool's because manifest.json writes what they are made of: a font, the spacing of
    /// a form's title or note, or (without the reference's line pitch) the line grid the body and title are set on.
    /// </summary>
    private static HashSet<string> WrittenStyles(WrittenLayout written, bool gridFromManifest)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        void Own(bool when, params string[] styleIds)
        {
            if (when)
            {
                ids.UnionWith(styleIds);
            }
        }
        Own(written.Any("body", "charsPerLine") || gridFromManifest, StyleIds.Body);
        Own(written.Any("body"), StyleIds.Plain);
        Own(written.Any("title") || gridFromManifest, StyleIds.Title);
        Own(written.Any("attachmentLabel"), StyleIds.AttachmentLabel);
        Own(written.Any("formTitle", "tables.titleSpaceBefore", "tables.titleSpaceAfter"), StyleIds.FormTitle);
        Own(written.Any("tableText", "tables.noteSpaceBefore"), StyleIds.FormNote);
        Own(written.Any("tableText"), StyleIds.TableText);
        Own(written.Any("pageNumber"), StyleIds.Footer);
        for (var level = 1; level <= StyleIds.HeadingLevels; level++)
        {
            Own(written.Any($"headings.level{level}.font"), StyleIds.Heading(level), StyleIds.HeadingChar(level));
        }
        return ids;
    }

    private static void ReadPage(SectionProperties section, LayoutSettings page, WrittenLayout written)
    {
        if (section.GetFirstChild<PageSize>() is { } size)
        {
            if (size.Width?.Value is { } width && !written.Any("paperWidth"))
            {
                page.PaperWidth = Mm(width, page.PaperWidth);
            }
            if (size.Height?.Value is { } height && !written.Any("paperHeight"))
            {
                page.PaperHeight = Mm(height, page.PaperHeight);
            }
        }
        if (section.GetFirstChild<PageMargin>() is { } margin)
        {
            // Word writes a negative top or bottom for "do not move the text for the header"; the distance is what counts.
            if (margin.Top?.Value is { } top && !written.Any("marginTop"))
            {
                page.MarginTop = Mm(Math.Abs(top), page.MarginTop);
            }
            if (margin.Bottom?.Value is { } bottom && !written.Any("marginBottom"))
            {
                page.MarginBottom = Mm(Math.Abs(bottom), page.MarginBottom);
            }
            if (margin.Left?.Value is { } left && !written.Any("marginLeft"))
            {
                page.MarginLeft = Mm(left, page.MarginLeft);
            }
            if (margin.Right?.Value is { } right && !written.Any("marginRight"))
            {
                page.MarginRight = Mm(right, page.MarginRight);
            }
            // The header distance is not read: packages have no header, and LibreOffice writes 0 when there is none.
            if (margin.Footer?.Value is { } footer && !written.Any("pageNumberGap", "marginBottom", "pageNumber"))
            {
                page.ReferenceFooterDistance = (int)footer;
            }
        }
        if (section.GetFirstChild<DocGrid>()?.LinePitch?.Value is { } pitch && pitch > 0 && !written.Any("linesPerPage"))
        {
            page.ReferenceLinePitch = pitch;
            // Lines a page holds at that pitch: what the cover and the one-page forms count with.
            var text = Layout.Twips.FromMm(page.PaperHeight - page.MarginTop - page.MarginBottom);
            page.LinesPerPage = Math.Max(1, text / pitch);
        }
    }

    // The set's own value when it comes to the same twips, so an unchanged reference changes nothing (widths derived
    // from several rounded values would otherwise move by a twip); else the reference's value in mm.
    private static decimal Mm(decimal twips, decimal current) =>
        Layout.Twips.FromMm(current) == twips ? current : twips * MmPerTwip;

    private static Footer ReadFooter(FooterPart part, string shownAs)
    {
        // A footer with a picture or a link needs parts of its own that the package does not carry.
        if (part.Parts.Any() || part.ExternalRelationships.Any() || part.HyperlinkRelationships.Any())
        {
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE372",
                "样式参考文档的页脚中有图片、链接或其他嵌入内容，报告的页脚只能使用文字和页码域。", shownAs,
                Suggestion: "在页脚中删去图片和链接后保存；页码请用“插入→页码”或 PAGE 域。"));
        }
        return (Footer)(part.Footer ?? new Footer()).CloneNode(true);
    }

    // What the package takes from the reference must be valid WordprocessingML, or Word may refuse the whole package.
    private static void Validate(OpenXmlElement part, string what, string shownAs)
    {
        var places = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(FileFormatVersions.Office2019).Validate(part)
            .Select(e => e.Path?.XPath).OfType<string>().Distinct().Take(3).ToList();
        if (places.Count > 0)
        {
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE374",
                $"样式参考文档的{what}中有不符合 Word 文档格式的内容（{string.Join("；", places)}），不能用于报告。", shownAs,
                Suggestion: "在 Word 或 WPS 中打开该文件，重新设置有问题的样式或页脚后另存为 .docx；或删除该文件，用 perfeval templates export 重新导出。"));
        }
    }

    private static void CheckPage(LayoutSettings page, string shownAs)
    {
        var problems = new List<string>();
        if (page.PaperWidth is < 50 or > 1000 || page.PaperHeight is < 50 or > 1000)
        {
            problems.Add($"纸张 {page.PaperWidth:0.#}×{page.PaperHeight:0.#} 毫米，应在 50–1000 毫米之间");
        }
        if (page.PaperWidth - page.MarginLeft - page.MarginRight < 20)
        {
            problems.Add("左右边距之和过大，版心宽度不足 20 毫米");
        }
        if (page.PaperHeight - page.MarginTop - page.MarginBottom < 20)
        {
            problems.Add("上下边距之和过大，版心高度不足 20 毫米");
        }
        else if (page.ReferenceLinePitch is { } pitch && pitch > Layout.Twips.FromMm(page.PaperHeight - page.MarginTop - page.MarginBottom))
        {
            problems.Add("文档网格的行距大于版心高度，一页放不下一行");
        }
        if (problems.Count > 0)
        {
            throw new PerfEvalException(new Diagnostic(Severity.Error, "PE373",
                $"样式参考文档的页面设置无法使用：{string.Join("；", problems)}。", shownAs,
                Suggestion: "在 Word 的“布局→页边距/纸张大小/文档网格”中改回合理的数值后保存。"));
        }
    }
}
