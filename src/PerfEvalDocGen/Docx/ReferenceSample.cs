using PerfEvalDocGen.Reference;
using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Layout;
using PerfEvalDocGen.Narrative;
using PerfEvalDocGen.Tables;

namespace PerfEvalDocGen.Docx;

/// <summary>
/// Writes 样式参考.docx: a short document in the package's own styles, page setup and footers, one paragraph per style
/// saying what it is used for, so a maintainer can change a style or a margin in Word, WPS or LibreOffice and save.
/// </summary>
internal static class ReferenceSample
{
    public static byte[] Write(LayoutSettings layout)
    {
        var look = new PackageLook(layout);
        var setup = new PageSetup(layout, PackageWriter.Ids.OddFooter, PackageWriter.Ids.EvenFooter, PackageWriter.Ids.BlankFooter);
        var body = new BodyBuilder(layout);
        body.Title("样式参考（报告标题）", rowsBefore: 0);
        body.Line("本文件只用来提供样式、页面设置和页脚：", "both", rowsBefore: 1);
        body.Line("1.在 Word 或 WPS 中，右击“开始”选项卡样式库中的样式（如“标题 1”）→“修改”，改字体、字号、行距；", "both");
        body.Line("2.在“布局→页边距”“布局→纸张大小”“页面设置→文档网格”中改页面；双击页脚改页码格式；", "both");
        body.Line("3.保存为 Word 文档（.docx），文件名不变。生成报告时采用这里的样式、页面设置和页脚，本文件的文字不会进入报告。", "both");
        body.Line("本页是封面页的示例：首页页脚为空。", "both", rowsBefore: 1);
        body.EndSection(SectionKind.Cover, setup);

        body.AttachmentLabel("附件1（附件标识）");
        body.FormTitle("附表标题（附表标题）");
        var table = new TableBuilder(PageGeometry.TextWidth(layout))
            .Columns(c => c.Relative().Relative(2).Relative())
            .Font(layout.TableText)
            .ParagraphStyle(StyleIds.TableText);
        table.Cell().Text("项目（表格文字）");
        table.Cell().Text("内容");
        table.Cell().Text("金额（万元）");
        table.Cell().Text("示例");
        table.Cell().Text("表格中的文字使用“表格文字”样式").AlignLeft();
        table.Cell().Text("123.45").AlignRight();
        body.Table(table);
        body.Paragraph(StyleIds.FormNote, "附表说明：表下的说明和填表人一行使用“附表说明”样式。");
        body.PageBreak();
        body.Narrative(
        [
            Heading(1, "一、", "标题 1（一级标题）"),
            NarrativeBlock.Paragraph("正文段落使用“正文”样式：首行缩进两字，两端对齐，固定行距与文档网格一致。"),
            Heading(2, "（一）", "标题 2（二级标题）"),
            NarrativeBlock.Paragraph("正文段落。"),
            Heading(3, "1.", "标题 3（三级标题）"),
            NarrativeBlock.Paragraph("正文段落。"),
            Heading(4, "（1）", "标题 4（四级标题）"),
            NarrativeBlock.Paragraph("正文段落。"),
            new NarrativeBlock(3, "2.", [new InlineText("段首标题。")], [new InlineText("标题与正文同段时，标题使用“标题 3 字符”等字符样式。")]),
        ]);
        body.Paragraph(StyleIds.Plain, "无缩进正文：落款、附件列表等不缩进的行使用此样式。页脚中的页码使用“页码”样式。");
        return PackageWriter.Write(body, SectionKind.AfterCover, setup, look, "样式参考", "perfeval", new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    private static NarrativeBlock Heading(int level, string number, string text) => new(level, number, [new InlineText(text)], []);
}
