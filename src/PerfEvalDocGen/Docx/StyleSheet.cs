using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.Docx;

/// <summary>Builds the package's named styles from the layout: body, title, headings, labels, footer.</summary>
internal static class StyleSheet
{
    public static Styles Build(LayoutSettings layout)
    {
        var body = layout.Body;
        var linePitch = PageGeometry.LinePitch(layout);
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    WordText.Fonts(body),
                    new FontSize { Val = Twips.HalfPoints(body.Size) },
                    new FontSizeComplexScript { Val = Twips.HalfPoints(body.Size) },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    // LibreOffice reads w:overflowPunct inverted (hanging = val is 0) and hangs a line-end mark when the
                    // element is absent; a hung 。，；、 is not painted, so it vanishes from the PDF. With val 1 LibreOffice
                    // moves the mark to the next line with its character (kinsoku), and Word keeps its own default.
                    new OverflowPunctuation { Val = true },
                    new SpacingBetweenLines { Before = "0", After = "0" }))),
            ParagraphStyle(StyleIds.Body, "Normal", null, isDefault: true,
                new StyleParagraphProperties(
                    new WidowControl(),
                    new OverflowPunctuation { Val = true },
                    new SpacingBetweenLines { Line = linePitch.ToString(), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
                    new Indentation { FirstLineChars = 200, FirstLine = Twips.FromPoints(body.Size * 2).ToString() },
                    new Justification { Val = JustificationValues.Both }),
                RunStyle(body, PageGeometry.CharacterSpacing(layout))),
            ParagraphStyle(StyleIds.Title, "报告标题", StyleIds.Body, false,
                new StyleParagraphProperties(
                    new KeepNext(),
                    // Off the grid with an exact line of one grid row: LibreOffice gives a snapped 2号 line two rows.
                    // One blank row after the title, as spacing rather than an empty paragraph.
                    new SnapToGrid { Val = false },
                    new SpacingBetweenLines { Line = linePitch.ToString(), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = linePitch.ToString() },
                    new Indentation { FirstLineChars = 0, FirstLine = "0" },
                    new Justification { Val = JustificationValues.Center }),
                RunStyle(layout.Title)),
            ParagraphStyle(StyleIds.AttachmentLabel, "附件标识", StyleIds.Body, false,
                new StyleParagraphProperties(
                    new KeepNext(),
                    new Indentation { FirstLineChars = 0, FirstLine = "0" },
                    new Justification { Val = JustificationValues.Left }),
                RunStyle(layout.AttachmentLabel)),
            ParagraphStyle(StyleIds.FormTitle, "附表标题", StyleIds.Body, false,
                new StyleParagraphProperties(
                    new KeepNext(),
                    new SnapToGrid { Val = false },
                    new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = Points(layout.Tables.TitleSpaceBefore), After = Points(layout.Tables.TitleSpaceAfter) },
                    new Indentation { FirstLineChars = 0, FirstLine = "0" },
                    new Justification { Val = JustificationValues.Center }),
                RunStyle(layout.FormTitle)),
            ParagraphStyle(StyleIds.FormNote, "附表说明", StyleIds.Body, false,
                new StyleParagraphProperties(
                    new SnapToGrid { Val = false },
                    new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = Points(layout.Tables.NoteSpaceBefore), After = "0" },
                    new Indentation { FirstLineChars = 0, FirstLine = "0" },
                    new Justification { Val = JustificationValues.Left }),
                RunStyle(layout.TableText)),
            ParagraphStyle(StyleIds.TableText, "表格文字", null, false,
                new StyleParagraphProperties(
                    new SnapToGrid { Val = false },
                    new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = "0", After = "0" },
                    new Indentation { FirstLineChars = 0, FirstLine = "0" },
                    new Justification { Val = JustificationValues.Center }),
                RunStyle(layout.TableText)),
            ParagraphStyle(StyleIds.Plain, "无缩进正文", StyleIds.Body, false,
                new StyleParagraphProperties(new Indentation { FirstLineChars = 0, FirstLine = "0" }),
                RunStyle(body)),
            ParagraphStyle(StyleIds.Footer, "页码", null, false,
                new StyleParagraphProperties(
                    new SnapToGrid { Val = false },
                    new SpacingBetweenLines { Line = PageGeometry.FooterLine(layout).ToString(), LineRule = LineSpacingRuleValues.Exact },
                    // LibreOffice bases a style without w:basedOn on the default style, whose first-line indent would
                    // push the even-page number two characters further in.
                    new Indentation { FirstLineChars = 0, FirstLine = "0" }),
                RunStyle(layout.PageNumber)));
        for (var level = 1; level <= StyleIds.HeadingLevels; level++)
        {
            // Word's built-in heading styles (id HeadingN, name "heading N", shown as 标题 N in a Chinese Word or WPS),
            // so the navigation pane, a table of contents and the outline view pick them up.
            var heading = layout.Headings[level];
            var paragraphStyle = ParagraphStyle(StyleIds.Heading(level), "heading " + level, StyleIds.Body, false,
                new StyleParagraphProperties(new KeepNext(), new KeepLines(), new OutlineLevel { Val = level - 1 }),
                RunStyle(heading.Font), builtIn: true, linked: StyleIds.HeadingChar(level));
            styles.Append(paragraphStyle);
            styles.Append(new Style(
                new StyleName { Val = "标题 " + level + " 字符" },
                new LinkedStyle { Val = StyleIds.Heading(level) },
                new StyleRunProperties(RunStyle(heading.Font).ChildElements.Select(e => e.CloneNode(true))))
            {
                Type = StyleValues.Character,
                StyleId = StyleIds.HeadingChar(level),
                CustomStyle = true,
            });
        }
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties paragraph, StyleRunProperties run, bool builtIn = false, string? linked = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        else if (!builtIn)
        {
            style.CustomStyle = true;
        }
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }
        if (basedOn is not null && builtIn)
        {
            style.Append(new NextParagraphStyle { Val = basedOn });
        }
        if (linked is not null)
        {
            style.Append(new LinkedStyle { Val = linked });
        }
        style.Append(new PrimaryStyle(), paragraph, run);
        return style;
    }

    private static string Points(decimal points) => Twips.FromPoints(points).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static StyleRunProperties RunStyle(FontSpec font, int characterSpacing = 0)
    {
        var properties = new StyleRunProperties(WordText.Fonts(font));
        properties.Append(font.Bold ? [new Bold(), new BoldComplexScript()] : [new Bold { Val = false }, new BoldComplexScript { Val = false }]);
        if (characterSpacing != 0)
        {
            properties.Append(new Spacing { Val = characterSpacing });
        }
        properties.Append(
            new FontSize { Val = Twips.HalfPoints(font.Size) },
            new FontSizeComplexScript { Val = Twips.HalfPoints(font.Size) });
        return properties;
    }
}
