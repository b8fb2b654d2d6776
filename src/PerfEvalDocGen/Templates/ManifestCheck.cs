using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.Templates;

/// <summary>
/// Checks what a manifest.json says beyond its syntax before a set is used: layout values a page can hold, and
/// requiredFields that are paths into the data. Each problem is reported at its place in manifest.json.
/// </summary>
internal static partial class ManifestCheck
{
    /// <summary>Throws <see cref="PerfEvalException"/> with every problem of <paramref name="manifest"/>, read from <paramref name="text"/> at <paramref name="path"/>.</summary>
    public static void Check(TemplateManifest manifest, string text, string path)
    {
        JToken? root;
        try
        {
            root = JToken.Parse(text, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonException)
        {
            root = null;
        }
        var problems = new List<Diagnostic>();
        void Report(string code, string jsonPath, string message, string suggestion)
        {
            var token = root?.SelectToken(jsonPath, errorWhenNoMatch: false) as IJsonLineInfo;
            problems.Add(new Diagnostic(Severity.Error, code, message, path, token?.LineNumber ?? 0, token?.LinePosition ?? 0, jsonPath, suggestion));
        }
        foreach (var (list, name) in new (object?, string)[]
        {
            (manifest.Forms, "forms"), (manifest.AppendedForms, "appendedForms"), (manifest.Outline, "outline"),
            (manifest.RequiredFields, "requiredFields"), (manifest.AttachmentList, "attachmentList"),
        })
        {
            if (list is null)
            {
                Report("PE304", name, $"manifest.json 中的 {name} 不能为 null。", "不需要时写成空列表 []，或删除该项。");
            }
        }
        CheckLayout(manifest.Layout, Report);
        var formCount = (manifest.Forms?.Count ?? 0) + (manifest.AppendedForms?.Count ?? 0);
        if (manifest.AttachmentList is { Count: > 0 } listed && formCount > 0 && listed.Count != formCount)
        {
            // The list is matched to forms then appendedForms by position; a count that differs would name the wrong table.
            Report("PE530", "attachmentList", $"manifest.json 的 attachmentList 有 {listed.Count} 项，而 forms 与 appendedForms 共 {formCount} 张附表。",
                "attachmentList 按 forms、appendedForms 的顺序为每张附表写一个名称（报告本身不列）；附件编号由程序按材料实际包含的附件给出。");
        }
        for (var i = 0; i < (manifest.RequiredFields?.Count ?? 0); i++)
        {
            var field = manifest.RequiredFields![i];
            if (field is null || !DataPath().IsMatch(field))
            {
                Report("PE418", $"requiredFields[{i}]", $"requiredFields 中的“{field}”不是数据字段的路径。",
                    "写成以点分隔的字段名，如 budget.executed 或 indicators[0].score。");
            }
            else if (Model.FieldTitles.Of(field) is null)
            {
                Report("PE418", $"requiredFields[{i}]", $"requiredFields 中的“{field}”不是数据中的字段，任何数据都无法满足它。",
                    "核对字段名的拼写和大小写（见 perfeval schema）。");
            }
        }
        if (problems.Count > 0)
        {
            throw new PerfEvalException(problems);
        }
    }

    private static void CheckLayout(LayoutSettings? layout, Action<string, string, string, string> report)
    {
        if (layout is null)
        {
            report("PE417", "layout", "layout 不能为 null。", "删除 layout 以使用公文默认版式，或写出要改的项。");
            return;
        }
        void Range(string path, string title, decimal value, decimal min, decimal max, string unit)
        {
            if (value < min || value > max)
            {
                report("PE417", path, string.Create(CultureInfo.InvariantCulture, $"版式“{title}”为 {value}{unit}，应在 {min}–{max}{unit} 之间。"),
                    "按 GB/T 9704 的默认值删除该项，或改为合理的数值。");
            }
        }
        Range("layout.paperWidth", "纸张宽度", layout.PaperWidth, 50, 1000, " 毫米");
        Range("layout.paperHeight", "纸张高度", layout.PaperHeight, 50, 1000, " 毫米");
        Range("layout.marginTop", "上边距", layout.MarginTop, 0, 500, " 毫米");
        Range("layout.marginBottom", "下边距", layout.MarginBottom, 0, 500, " 毫米");
        Range("layout.marginLeft", "左边距", layout.MarginLeft, 0, 500, " 毫米");
        Range("layout.marginRight", "右边距", layout.MarginRight, 0, 500, " 毫米");
        Range("layout.linesPerPage", "每页行数", layout.LinesPerPage, 1, 100, " 行");
        Range("layout.charsPerLine", "每行字数", layout.CharsPerLine, 1, 100, " 字");
        Range("layout.pageNumberGap", "页码与版心距离", layout.PageNumberGap, 0, 100, " 毫米");
        if (layout.PaperWidth - layout.MarginLeft - layout.MarginRight < 20)
        {
            report("PE417", "layout.marginLeft", "左右边距之和过大：版心宽度不足 20 毫米。", "减小左右边距或加大纸张宽度。");
        }
        if (layout.PaperHeight - layout.MarginTop - layout.MarginBottom < 20)
        {
            report("PE417", "layout.marginTop", "上下边距之和过大：版心高度不足 20 毫米。", "减小上下边距或加大纸张高度。");
        }
        Range("layout.headerDistance", "页眉距边界", layout.HeaderDistance, 0, 500, " 毫米");
        CheckPlacement(layout, report);
        if (layout.PageNumberFormat is null)
        {
            report("PE417", "layout.pageNumberFormat", "页码格式不能为 null。", "如 “— {page} —”。");
        }
        var fonts = new (string Path, string Title, FontSpec? Font)[]
        {
            ("layout.body", "正文字体", layout.Body), ("layout.title", "标题字体", layout.Title), ("layout.attachmentLabel", "附件标签字体", layout.AttachmentLabel),
            ("layout.formTitle", "附表标题字体", layout.FormTitle), ("layout.tableText", "表格文字字体", layout.TableText), ("layout.pageNumber", "页码字体", layout.PageNumber),
        }.ToList();
        if (layout.Headings is null)
        {
            report("PE417", "layout.headings", "layout.headings 不能为 null。", "删除该项以使用默认标题样式。");
        }
        else
        {
            var levels = new[] { layout.Headings.Level1, layout.Headings.Level2, layout.Headings.Level3, layout.Headings.Level4 };
            for (var i = 0; i < levels.Length; i++)
            {
                var levelPath = $"layout.headings.level{i + 1}";
                if (levels[i] is null || levels[i].Number is null)
                {
                    report("PE417", levelPath, $"第 {i + 1} 级标题样式不完整（为 null）。", "删除该项以使用默认样式。");
                    continue;
                }
                fonts.Add(($"{levelPath}.font", $"第 {i + 1} 级标题字体", levels[i].Font));
            }
        }
        foreach (var (path, title, font) in fonts)
        {
            if (font is null || string.IsNullOrWhiteSpace(font.EastAsia) || string.IsNullOrWhiteSpace(font.Latin))
            {
                report("PE417", path, $"{title}不完整：缺少字体名称。", "写出 eastAsia 和 latin 字体名，或删除该项以使用默认字体。");
                continue;
            }
            Range($"{path}.size", $"{title}字号", font.Size, 1, 200, " 磅");
        }
    }

    /// <summary>The tables', cover's and sign-off's numbers (PE375): each within what a page can show.</summary>
    private static void CheckPlacement(LayoutSettings layout, Action<string, string, string, string> report)
    {
        void Range(string path, string title, decimal value, decimal min, decimal max, string unit)
        {
            if (value < min || value > max)
            {
                report("PE375", path, string.Create(CultureInfo.InvariantCulture, $"版式“{title}”为 {value}{unit}，应在 {min}–{max}{unit} 之间。"),
                    "删除该项以使用默认值（见 docs/templates.md 的“版式数值一览”），或改为合理的数值。");
            }
        }
        void Missing(string path, string title) =>
            report("PE375", path, $"版式“{title}”不能为 null。", "删除该项以使用默认值，或写出要改的项。");
        if (layout.Tables is not { } tables)
        {
            Missing("layout.tables", "表格");
        }
        else
        {
            Range("layout.tables.cellMargin", "单元格左右边距", tables.CellMargin, 0, 20, " 毫米");
            Range("layout.tables.borderWidth", "表格线宽", tables.BorderWidth, 0.25m, 6, " 磅");
            Range("layout.tables.titleSpaceBefore", "附表标题段前", tables.TitleSpaceBefore, 0, 100, " 磅");
            Range("layout.tables.titleSpaceAfter", "附表标题段后", tables.TitleSpaceAfter, 0, 100, " 磅");
            Range("layout.tables.noteSpaceBefore", "附表说明段前", tables.NoteSpaceBefore, 0, 100, " 磅");
            if (tables.BorderColor is null || !HexColor().IsMatch(tables.BorderColor))
            {
                report("PE375", "layout.tables.borderColor", $"表格线颜色“{tables.BorderColor}”不是六位十六进制颜色。", "写成 RRGGBB，如黑色 000000。");
            }
        }
        if (layout.Cover is not { } cover)
        {
            Missing("layout.cover", "封面");
        }
        else
        {
            // Fixed bounds, not the page's: the cover shrinks its gaps to fit its page, and a wrong linesPerPage is reported on its own.
            const int rows = 100;
            Range("layout.cover.rowsAboveTitle", "封面标题上方行数", cover.RowsAboveTitle, 0, rows, " 行");
            Range("layout.cover.rowsBelowTitle", "封面标题与单位名称间最多行数", cover.RowsBelowTitle, 1, rows, " 行");
            Range("layout.cover.spareRows", "封面页脚预留行数", cover.SpareRows, 0, rows, " 行");
            Range("layout.cover.dateRowsBefore", "封面日期上方行数", cover.DateRowsBefore, 0, rows, " 行");
            Range("layout.cover.dateRightChars", "封面日期右空字数", cover.DateRightChars, 0, 100, " 字");
        }
        if (layout.SignOff is not { } signOff)
        {
            Missing("layout.signOff", "落款");
        }
        else
        {
            const int rows = 100;
            const int chars = 100;
            Range("layout.signOff.rowsBefore", "落款上方行数", signOff.RowsBefore, 0, rows, " 行");
            Range("layout.signOff.rightChars", "落款右空字数", signOff.RightChars, 0, chars, " 字");
            Range("layout.signOff.attachmentListRowsBefore", "附件列表上方行数", signOff.AttachmentListRowsBefore, 0, rows, " 行");
            Range("layout.signOff.attachmentListIndentChars", "附件列表首行缩进", signOff.AttachmentListIndentChars, 0, chars, " 字");
            Range("layout.signOff.attachmentListItemIndentChars", "附件列表其余行缩进", signOff.AttachmentListItemIndentChars, 0, chars, " 字");
        }
    }

    [GeneratedRegex("^[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColor();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\[\d+\])?(\.[A-Za-z_][A-Za-z0-9_]*(\[\d+\])?)*$")]
    private static partial Regex DataPath();
}
