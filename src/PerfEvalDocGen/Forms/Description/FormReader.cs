using PerfEvalDocGen.DataFormat;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Figures;
using PerfEvalDocGen.Tables;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>
/// Reads a form description (forms/&lt;id&gt;.json) and checks all of it before any unit is printed: the JSON, every field
/// name and value, every path against the model's types, each format against its figure, loop names, and the layout of
/// every table with lists of 0, 1 and 2 items (rows that do not fill the columns, merges that overlap). Every problem is
/// reported at its line and column; nothing half-read is used.
/// </summary>
internal sealed partial class FormReader
{
    private static readonly string[] FormKeys = ["description", "title", "when", "repeat", "before", "tables", "notes", "signature"];
    private static readonly string[] RepeatKeys = ["each", "as", "index", "whenEmpty"];
    private static readonly string[] TableKeys = ["description", "columns", "fitColumns", "headerRows", "onePage", "keepLastRowWithNext", "rows"];
    private static readonly string[] FixedRowKeys = ["description", "cells"];
    private static readonly string[] RepeatedRowKeys = ["description", "each", "as", "index", "cells", "whenEmpty"];
    private static readonly string[] GroupKeys = ["description", "group", "rows"];
    private static readonly string[] GridKeys = ["description", "indicatorGrid"];
    private static readonly string[] GridFieldKeys = ["indicators", "groups", "scoreHeader", "blankWhenAbsent"];
    private static readonly string[] CellKeys = ["text", "value", "format", "blank", "absent", "paragraphs", "colSpan", "rowSpan", "bold", "align"];
    private static readonly string[] ParagraphKeys = ["each", "as", "index", "text"];

    private readonly string id;
    private readonly string file;
    private readonly TemplateEngine engine;
    private readonly int tableWidth;
    private readonly List<Diagnostic> problems = [];
    private readonly List<TemplateUse> uses = [];

    private FormReader(string id, string file, TemplateEngine engine, int tableWidth)
    {
        this.id = id;
        this.file = file;
        this.engine = engine;
        this.tableWidth = tableWidth;
    }

    /// <summary>
    /// The form <paramref name="id"/> described by <paramref name="text"/> (shown as <paramref name="file"/>), with the
    /// templates in it compiled by <paramref name="engine"/>; throws <see cref="PerfEvalException"/> with every problem.
    /// </summary>
    public static FormDescription Read(string id, string text, string file, TemplateEngine engine, int tableWidth) =>
        TryRead(id, text, file, engine, tableWidth, out var problems, out _) is { } form && problems.Count == 0
            ? form
            : throw new PerfEvalException(problems);

    /// <summary>As <see cref="Read"/>, returning the problems, and the template texts found even when the form has problems (for linting them).</summary>
    public static FormDescription? TryRead(string id, string text, string file, TemplateEngine engine, int tableWidth, out IReadOnlyList<Diagnostic> problems, out IReadOnlyList<TemplateUse> uses)
    {
        var reader = new FormReader(id, file, engine, tableWidth);
        var form = reader.Parse(text);
        problems = reader.problems.Distinct().ToList();
        uses = reader.uses;
        return problems.Count > 0 || form is null ? null : form with { Uses = reader.uses };
    }

    private FormDescription? Parse(string text)
    {
        JToken root;
        try
        {
            root = JToken.Parse(text, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error, CommentHandling = CommentHandling.Load });
        }
        catch (JsonReaderException e) when (DuplicateName().Match(e.Message) is { Success: true } duplicate)
        {
            // Json.NET stops after the second name's colon: point at the name.
            var name = duplicate.Groups[1].Value;
            problems.Add(new Diagnostic(Severity.Error, "PE320", $"附表描述中同一个对象里“{name}”写了两次。", file, e.LineNumber,
                Math.Max(1, e.LinePosition - JsonConvert.ToString(name).Length), Suggestion: "删去其中一项。"));
            return null;
        }
        catch (JsonReaderException e)
        {
            problems.Add(new Diagnostic(Severity.Error, "PE320", "附表描述文件不是有效的 JSON：此处的括号、引号、逗号或冒号不对。", file, e.LineNumber, e.LinePosition + 1,
                Suggestion: "检查逗号、引号和括号是否成对；可先用编辑器的 JSON 格式检查。"));
            return null;
        }
        if (root is not JObject o)
        {
            Report(root, "PE322", "附表描述应是一个 JSON 对象（{ … }）。", "参照 perfeval templates export 导出的 forms/*.json 书写。");
            return null;
        }
        Keys(o, FormKeys, "附表");
        var scope = FormScope.Top;
        var title = Template(o, "title", scope, required: true);
        var when = o["when"] is { } w ? Path(w, scope) : null;
        FormRepeat? repeat = null;
        var copyScope = scope;
        if (o["repeat"] is { } r)
        {
            if (r is not JObject ro)
            {
                Report(r, "PE322", "repeat 应是一个对象，如 { \"each\": \"projectEvaluations\", \"as\": \"project\", \"index\": \"i\" }。");
            }
            else
            {
                Keys(ro, RepeatKeys, "repeat");
                var (each, name, index, inner) = Loop(ro, scope, "repeat");
                var whenEmpty = Choice(ro, "whenEmpty", ["none", "blankForm"], "none");
                copyScope = inner;
                if (each is not null && name is not null)
                {
                    repeat = new FormRepeat(each, name, index, whenEmpty == "blankForm");
                }
            }
        }
        var before = Templates(o, "before", copyScope);
        var tables = new List<TableDescription>();
        if (o["tables"] is not JArray tableArray)
        {
            Report(o["tables"] ?? o, "PE322", o["tables"] is null ? "附表缺少 tables（表格列表）。" : "tables 应是表格的列表（[ … ]）。");
        }
        else
        {
            foreach (var t in tableArray)
            {
                if (Table(t, copyScope) is { } table)
                {
                    tables.Add(table);
                }
            }
        }
        var shared = tables.Where(t => t.Fit == ColumnSharing.Shared).ToList();
        foreach (var table in shared.Skip(1).Where(t => t.Columns.Count != shared[0].Columns.Count))
        {
            problems.Add(new Diagnostic(Severity.Error, "PE327", $"共用列宽（\"fitColumns\": \"shared\"）的表格列数必须相同：这张表有 {table.Columns.Count} 列，第一张共用列宽的表有 {shared[0].Columns.Count} 列。",
                file, table.At.Line, table.At.Column, Suggestion: "使两张表的 columns 项数相同，或把其中一张改为 \"fitColumns\": \"own\"。"));
        }
        var notes = Templates(o, "notes", scope);
        var signature = o["signature"] is null ? null : Template(o, "signature", scope, required: false);
        if (title is null)
        {
            return null;
        }
        // Laid out with lists of one item, then of two and of none: a problem is reported once, at its place, with the
        // list length that shows it when one item does not.
        foreach (var table in tables)
        {
            var reported = new HashSet<(Position, string)>();
            foreach (var count in new[] { 1, 2, 0 })
            {
                TableWalker.Check(table, count, (at, code, message) =>
                {
                    var noRows = count == 0 && message.StartsWith("表格没有", StringComparison.Ordinal);
                    if (!noRows && reported.Add((at, code)))
                    {
                        problems.Add(new Diagnostic(Severity.Error, code, message + (count == 1 ? "" : $"（列表有 {count} 项时）"), file, at.Line, at.Column,
                            Suggestion: code == "PE325" ? "核对这一行各格的 colSpan，以及上方各格的 rowSpan。" : "核对上方各格的 rowSpan：合并不能伸进已有单元格的位置或表格之外。"));
                    }
                });
            }
        }
        return new FormDescription(id, file, title, tables)
        {
            When = when,
            Repeat = repeat,
            Before = before,
            Notes = notes,
            Signature = signature,
        };
    }

    private TableDescription? Table(JToken token, FormScope scope)
    {
        if (token is not JObject o)
        {
            Report(token, "PE322", "tables 中的每一项应是一个表格对象（{ \"columns\": […], \"rows\": […] }）。");
            return null;
        }
        Keys(o, TableKeys, "表格");
        var columns = new List<decimal>();
        if (o["columns"] is not JArray c || c.Count == 0)
        {
            Report(o["columns"] ?? o, "PE322", "表格缺少 columns：各列的相对宽度，如 [3.4, 1, 1]。");
            return null;
        }
        foreach (var share in c)
        {
            if (share.Type is not (JTokenType.Integer or JTokenType.Float) || share.Value<decimal>() <= 0)
            {
                Report(share, "PE322", $"列宽“{share.ToString(Formatting.None)}”应是正数（各列宽度的相对比例）。");
                return null;
            }
            columns.Add(share.Value<decimal>());
        }
        try
        {
            new TableBuilder(tableWidth).Columns(b => columns.ForEach(s => b.Relative(s)));
        }
        catch (InvalidOperationException)
        {
            Report(c, "PE322", $"表格有 {columns.Count} 列，版心宽度容不下（有的列宽度不足 1 缇）。", "减少列数，或加大过窄列的比例。");
            return null;
        }
        var fit = Choice(o, "fitColumns", ["own", "shared", "none"], "own");
        var rows = o["rows"] is JArray array ? Rows(array, scope) : null;
        if (rows is null)
        {
            Report(o["rows"] ?? o, "PE322", "表格缺少 rows（各行的列表）。");
            return null;
        }
        return new TableDescription(JsonPlace.Of(o), columns, rows)
        {
            Fit = fit switch { "shared" => ColumnSharing.Shared, "none" => ColumnSharing.None, _ => ColumnSharing.Own },
            HeaderRows = Int(o, "headerRows", 0, min: 0),
            OnePage = Bool(o, "onePage"),
            KeepLastRowWithNext = Bool(o, "keepLastRowWithNext"),
        };
    }

    private List<RowDescription> Rows(JArray array, FormScope scope) => Each(array, token => Row(token, scope));

    // Reads every item of a list, keeping those that read without a problem (the problems are reported as found).
    private static List<T> Each<T>(JArray array, Func<JToken, T?> read)
        where T : class
    {
        var items = new List<T>();
        foreach (var token in array)
        {
            if (read(token) is { } item)
            {
                items.Add(item);
            }
        }
        return items;
    }

    private RowDescription? Row(JToken token, FormScope scope)
    {
        if (token is not JObject o)
        {
            Report(token, "PE322", "rows 中的每一项应是一个对象：{ \"cells\": […] }、{ \"each\": …, \"cells\": […] }、{ \"group\": …, \"rows\": […] } 或 { \"indicatorGrid\": … }。");
            return null;
        }
        var at = JsonPlace.Of(o);
        if (o["indicatorGrid"] is { } grid)
        {
            Keys(o, GridKeys, "指标表行");
            return Grid(grid, scope, at);
        }
        if (o["group"] is { } label)
        {
            Keys(o, GroupKeys, "行组");
            var cell = Cell(label, scope);
            if (label is JObject lo && lo["rowSpan"] is { } span)
            {
                Report(span, "PE322", "group 的标签格向下合并的行数由其下各行决定，不要写 rowSpan。");
            }
            var inner = o["rows"] is JArray innerRows ? Rows(innerRows, scope) : null;
            if (inner is null)
            {
                Report(o["rows"] ?? o, "PE322", "group 缺少 rows：标签格右侧的各行。");
                return null;
            }
            return cell is null ? null : new RowGroup(at, cell, inner);
        }
        if (o["each"] is not null)
        {
            Keys(o, RepeatedRowKeys, "重复行");
            var (each, name, index, inner) = Loop(o, scope, "each 行");
            var cells = Cells(o, "cells", inner, required: true);
            var empty = o["whenEmpty"] is null ? null : Cells(o, "whenEmpty", scope, required: true);
            return each is null || name is null || cells is null ? null : new RepeatedRows(at, each, name, index, cells, empty);
        }
        if (o["cells"] is not null)
        {
            Keys(o, FixedRowKeys, "行");
            return Cells(o, "cells", scope, required: true) is { } fixedCells ? new FixedRow(at, fixedCells) : null;
        }
        Report(o, "PE322", "这一行没有 cells、each、group 或 indicatorGrid，不知道印什么。", "固定行写 { \"cells\": […] }；每项一行写 { \"each\": \"列表路径\", \"as\": \"名称\", \"cells\": […] }。");
        return null;
    }

    private IndicatorGridRows? Grid(JToken token, FormScope scope, Position at)
    {
        if (token is not JObject o)
        {
            Report(token, "PE322", "indicatorGrid 应是一个对象：{ \"indicators\": \"indicators\", \"groups\": \"figures.indicatorGroups\" }。");
            return null;
        }
        Keys(o, GridFieldKeys, "indicatorGrid");
        var indicators = Required(o, "indicators") is { } i ? Path(i, scope) : null;
        var groups = Required(o, "groups") is { } g ? Path(g, scope) : null;
        if (indicators is not null && FormPath.ItemType(indicators.Type) != typeof(Indicator))
        {
            Report(o["indicators"]!, "PE324", $"indicators 应指向绩效指标的列表（如 indicators、project.indicators），“{indicators.Text}”不是。");
            indicators = null;
        }
        if (groups is not null && FormPath.ItemType(groups.Type) != typeof(IndicatorGroupFigures))
        {
            Report(o["groups"]!, "PE324", $"groups 应指向程序计算的一级指标合计（如 figures.indicatorGroups），“{groups.Text}”不是。");
            groups = null;
        }
        var header = o["scoreHeader"] is null ? engine.Compile(IndicatorGrid.ScoreHeader, file) : Template(o, "scoreHeader", scope, required: false);
        return indicators is null || groups is null || header is null ? null : new IndicatorGridRows(at, indicators, groups, header, Bool(o, "blankWhenAbsent"));
    }

    private List<CellDescription>? Cells(JObject owner, string key, FormScope scope, bool required)
    {
        if (owner[key] is not JArray array)
        {
            if (required || owner[key] is not null)
            {
                Report(owner[key] ?? owner, "PE322", owner[key] is null ? $"缺少 {key}（单元格的列表）。" : $"{key} 应是单元格的列表（[ … ]）。");
            }
            return null;
        }
        return Each(array, token => Cell(token, scope));
    }

    private CellDescription? Cell(JToken token, FormScope scope)
    {
        if (token is not JObject o)
        {
            Report(token, "PE322", "单元格应是一个对象，如 { \"text\": \"编制数\", \"colSpan\": 2 }；空白格写 {}。");
            return null;
        }
        Keys(o, CellKeys, "单元格");
        var kinds = new[] { "text", "value", "paragraphs" }.Where(k => o[k] is not null).ToList();
        if (kinds.Count > 1)
        {
            Report(o, "PE322", $"一个单元格只能有 text、value、paragraphs 中的一项，这里有 {string.Join("、", kinds)}。");
        }
        var cell = new CellDescription(JsonPlace.Of(o))
        {
            ColumnSpan = Int(o, "colSpan", 1, min: 1),
            RowSpan = Int(o, "rowSpan", 1, min: 1),
            Bold = Bool(o, "bold"),
            Align = Choice(o, "align", ["left", "center", "right", "justify"], null) switch
            {
                "left" => CellAlignment.Left,
                "center" => CellAlignment.Center,
                "right" => CellAlignment.Right,
                "justify" => CellAlignment.Justify,
                _ => null,
            },
            Blank = String(o, "blank"),
            Absent = String(o, "absent"),
        };
        if (o["format"] is not null && o["value"] is null)
        {
            Report(o["format"]!, "PE322", "format 只用于 value（按路径印数字）的单元格。");
        }
        if (o["text"] is not null)
        {
            return cell with { Text = Template(o, "text", scope, required: true) };
        }
        if (o["value"] is { } value)
        {
            var path = Path(value, scope);
            var format = Choice(o, "format", ["text", "money", "percent", "score", "count"], "text") switch
            {
                "money" => CellFormat.Money,
                "percent" => CellFormat.Percent,
                "score" => CellFormat.Score,
                "count" => CellFormat.Count,
                _ => CellFormat.Text,
            };
            if (path is not null && FormatProblem(path.Type, format) is { } problem)
            {
                Report(o["format"] ?? value, "PE324", $"“{path.Text}”{problem}");
            }
            return cell with { Value = path, Format = format };
        }
        if (o["paragraphs"] is { } p)
        {
            if (p is not JObject po)
            {
                Report(p, "PE322", "paragraphs 应是一个对象：{ \"each\": \"goals\", \"as\": \"goal\", \"index\": \"i\", \"text\": \"目标{{ i + 1 }}：{{ goal.expected }}\" }。");
                return cell;
            }
            Keys(po, ParagraphKeys, "paragraphs");
            var (each, name, index, inner) = Loop(po, scope, "paragraphs");
            var text = Template(po, "text", inner, required: true);
            return each is null || name is null || text is null ? cell : cell with { Paragraphs = new ParagraphList(each, name, index, text) };
        }
        return cell;
    }

    private static string? FormatProblem(Type type, CellFormat format)
    {
        var number = type == typeof(decimal) || type == typeof(int);
        return format switch
        {
            CellFormat.Money or CellFormat.Percent or CellFormat.Score when !number => $"不是数字（是{Kind(type)}），不能按 {format.ToString().ToLowerInvariant()} 印出。",
            CellFormat.Count when type != typeof(int) => $"不是整数（是{Kind(type)}），不能按 count 印出。",
            CellFormat.Text when !number && type != typeof(string) => $"是{Kind(type)}，不是可以印在一格里的文字或数字。",
            _ => null,
        };
    }

    private static string Kind(Type type) =>
        type == typeof(string) ? "文字" : type == typeof(decimal) ? "小数" : type == typeof(int) ? "整数" : FormPath.ItemType(type) is not null ? "列表" : "包含多项的一组数据";

    private (FormPath? Each, string? Name, string? Index, FormScope Inner) Loop(JObject o, FormScope scope, string what)
    {
        var each = Required(o, "each") is { } e ? Path(e, scope) : null;
        if (each is not null && !each.IsList)
        {
            Report(o["each"]!, "PE324", $"{what} 的 each 应指向一个列表，“{each.Text}”不是列表。");
            each = null;
        }
        var name = Name(o, "as", scope, required: true);
        var index = Name(o, "index", scope, required: false);
        if (name is not null && name == index)
        {
            Report(o["index"]!, "PE328", $"index 与 as 同名（“{name}”）。", "给序号另起一个名字，如 i。");
            index = null;
        }
        var inner = each is not null && name is not null ? scope.Inside(name, FormPath.ItemType(each.Type)!, index) : scope;
        return (each, name, index, inner);
    }

    private string? Name(JObject o, string key, FormScope scope, bool required)
    {
        if (o[key] is not { } token)
        {
            if (required)
            {
                Report(o, "PE322", $"缺少 {key}：循环中每一项的名字，如 \"as\": \"item\"。");
            }
            return null;
        }
        if (token.Type != JTokenType.String || !System.Text.RegularExpressions.Regex.IsMatch((string)token!, "^[A-Za-z_][A-Za-z0-9_]*$"))
        {
            Report(token, "PE322", $"{key} 应是由英文字母、数字和 _ 组成的名字，如 \"item\"。");
            return null;
        }
        var name = (string)token!;
        if (scope.Has(name) || name == "for")
        {
            Report(token, "PE328", $"循环变量名“{name}”已是数据、figures、labels 或外层循环的名字，会把它遮住。", "另起一个名字，如 item、fund、i。");
            return null;
        }
        return name;
    }

    private FormPath? Path(JToken token, FormScope scope)
    {
        if (token.Type != JTokenType.String)
        {
            Report(token, "PE322", "路径应是文字，如 \"figures.threePublicTotal.currentActual\"。");
            return null;
        }
        var path = FormPath.Parse((string)token!, scope, out var error);
        if (path is null)
        {
            Report(token, "PE323", error!, "路径的名称与数据文件（见 perfeval schema）和 docs/templates.md 的 figures 表相同，区分大小写。");
        }
        return path;
    }

    private List<CompiledTemplate> Templates(JObject o, string key, FormScope scope)
    {
        var list = new List<CompiledTemplate>();
        if (o[key] is null)
        {
            return list;
        }
        if (o[key] is not JArray array)
        {
            Report(o[key]!, "PE322", $"{key} 应是文字的列表（[ \"…\" ]）。");
            return list;
        }
        foreach (var item in array)
        {
            if (TemplateOf(item, scope, key) is { } template)
            {
                list.Add(template);
            }
        }
        return list;
    }

    private CompiledTemplate? Template(JObject o, string key, FormScope scope, bool required)
    {
        if (o[key] is not { } token)
        {
            if (required)
            {
                Report(o, "PE322", $"缺少 {key}。");
            }
            return null;
        }
        return TemplateOf(token, scope, key);
    }

    private CompiledTemplate? TemplateOf(JToken token, FormScope scope, string key)
    {
        if (token.Type != JTokenType.String)
        {
            Report(token, "PE322", $"{key} 应是文字（可含 {{{{ … }}}} 模板）。");
            return null;
        }
        var text = (string)token!;
        var at = JsonPlace.Of(token);
        uses.Add(new TemplateUse(text, at, scope));
        try
        {
            return engine.Compile(text, file);
        }
        catch (PerfEvalException e)
        {
            // The template's own line and column count from the start of the JSON text: report at the text in the file.
            foreach (var d in e.Diagnostics)
            {
                problems.Add(d with { File = file, Line = at.Line + Math.Max(0, d.Line - 1), Column = d.Line <= 1 ? at.Column + d.Column : d.Column });
            }
            return null;
        }
    }

    private JToken? Required(JObject o, string key)
    {
        if (o[key] is { } token)
        {
            return token;
        }
        Report(o, "PE322", $"缺少 {key}。");
        return null;
    }

    private string? String(JObject o, string key)
    {
        if (o[key] is not { } token)
        {
            return null;
        }
        if (token.Type != JTokenType.String)
        {
            Report(token, "PE322", $"{key} 应是文字。");
            return null;
        }
        return (string)token!;
    }

    private int Int(JObject o, string key, int fallback, int min)
    {
        if (o[key] is not { } token)
        {
            return fallback;
        }
        if (token.Type != JTokenType.Integer || token.Value<long>() < min || token.Value<long>() > 1000)
        {
            Report(token, "PE322", $"{key} 应是 {min}–1000 之间的整数，这里是 {token.ToString(Formatting.None)}。");
            return fallback;
        }
        return token.Value<int>();
    }

    private bool Bool(JObject o, string key)
    {
        if (o[key] is not { } token)
        {
            return false;
        }
        if (token.Type != JTokenType.Boolean)
        {
            Report(token, "PE322", $"{key} 应是 true 或 false。");
            return false;
        }
        return token.Value<bool>();
    }

    private string? Choice(JObject o, string key, string[] allowed, string? fallback)
    {
        if (o[key] is not { } token)
        {
            return fallback;
        }
        if (token.Type != JTokenType.String || !allowed.Contains((string)token!))
        {
            Report(token, "PE322", $"{key} 应是 {string.Join("、", allowed.Select(a => $"\"{a}\""))} 之一，这里是 {token.ToString(Formatting.None)}。");
            return fallback;
        }
        return (string)token!;
    }

    private void Keys(JObject o, string[] allowed, string what)
    {
        foreach (var property in o.Properties())
        {
            if (!allowed.Contains(property.Name))
            {
                Report(property, "PE321", $"{what}中有未知的项“{property.Name}”。{FormPath.Hint(property.Name, allowed)}",
                    $"{what}可用的项：{string.Join("、", allowed)}。");
            }
        }
    }

    private void Report(JToken at, string code, string message, string? suggestion = null)
    {
        var place = JsonPlace.Of(at);
        problems.Add(new Diagnostic(Severity.Error, code, message, file, place.Line, place.Column, Suggestion: suggestion));
    }

    [System.Text.RegularExpressions.GeneratedRegex("^Property with the name '(.+?)' already exists")]
    private static partial System.Text.RegularExpressions.Regex DuplicateName();
}
