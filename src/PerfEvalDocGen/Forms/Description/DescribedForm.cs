using PerfEvalDocGen.Layout;
using System.Collections;
using System.Globalization;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Docx;
using PerfEvalDocGen.Tables;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>Prints a form from its description with the table builder: the copies, their tables, then notes and signature.</summary>
internal sealed class DescribedForm(FormDescription form) : IAttachmentForm
{
    public string Id => form.Id;

    public FormDescription Description => form;

    public bool AppliesTo(FormContext context) =>
        form.When is not { } when || when.Resolve(FormValues.Top(context), out _) switch
        {
            null => false,
            string s => s.Length > 0,
            ICollection c => c.Count > 0,
            _ => true,
        };

    public void Write(BodyBuilder body, FormContext context)
    {
        var top = FormValues.Top(context);
        if (form.Repeat is not { } repeat)
        {
            Copy(body, top, first: true);
        }
        else
        {
            var items = repeat.Each.Resolve(top, out _) is IList list ? list : Array.Empty<object>();
            if (items.Count == 0 && repeat.BlankWhenEmpty)
            {
                Copy(body, top.Inside(repeat.As, null, repeat.Index, null), first: true);
            }
            for (var i = 0; i < items.Count; i++)
            {
                Copy(body, top.Inside(repeat.As, items[i], repeat.Index, i), first: i == 0);
            }
        }
        for (var i = 0; i < form.Notes.Count; i++)
        {
            // A note stays with the next note or the signature line, so they are never parted from the table by a page.
            body.KeptParagraph(StyleIds.FormNote, Render(form.Notes[i], top), keepNext: i < form.Notes.Count - 1 || form.Signature is not null);
        }
        if (form.Signature is { } signature)
        {
            // Whole on one page, so a wrapped line never leaves 日 alone on the next.
            body.KeptParagraph(StyleIds.FormNote, Render(signature, top), keepNext: false);
        }
    }

    private void Copy(BodyBuilder body, FormValues values, bool first)
    {
        if (!first)
        {
            body.PageBreak();
        }
        body.FormTitle(Render(form.Title, values));
        foreach (var line in form.Before)
        {
            body.Paragraph(StyleIds.FormNote, Render(line, values));
        }
        // Tables that share their columns are fitted to all their labels together, so their columns line up.
        var shared = new ColumnFit();
        for (var t = 0; t < form.Tables.Count; t++)
        {
            var table = form.Tables[t];
            var builder = new TableBuilder(values.Context.TextWidth).Columns(c =>
            {
                foreach (var share in table.Columns)
                {
                    c.Relative(share);
                }
            });
            if (table.Fit != ColumnSharing.None)
            {
                builder.FitColumns(table.Fit == ColumnSharing.Shared ? shared : null);
            }
            builder.Font(values.Context.Layout.TableText).ParagraphStyle(StyleIds.TableText);
            if (table.HeaderRows > 0)
            {
                builder.HeaderRows(table.HeaderRows);
            }
            var problems = new List<Diagnostic>();
            TableWalker.Print(table, builder, values, Fill, (at, code, message) =>
                problems.Add(new Diagnostic(Severity.Error, code, $"附表“{form.Id}”印不出来：{message}", form.File, at.Line, at.Column,
                    Suggestion: "用 perfeval templates check 检查模板集；每行各格所跨列数之和应等于表格列数。")));
            if (problems.Count > 0)
            {
                throw new PerfEvalException(problems.Distinct().ToList());
            }
            if (table.HeaderRows > 0 && table.HeaderRows > builder.DeclaredCells.Max(c => c.Row + c.Rows - 1))
            {
                throw new PerfEvalException(new Diagnostic(Severity.Error, "PE326", $"附表“{form.Id}”的表头占 {table.HeaderRows} 行，但表格没有这么多行。", form.File, table.At.Line, table.At.Column));
            }
            if (table.KeepLastRowWithNext)
            {
                builder.KeepLastRowWithNext();
            }
            if (table.OnePage)
            {
                OnePage.Fit(builder, values.Context);
            }
            if (t > 0)
            {
                // Two tables back to back would merge into one.
                body.Spacer();
            }
            body.Table(builder);
        }
    }

    private static CellBuilder Fill(CellDescription cell, FormValues values, CellBuilder declared)
    {
        if (cell.Text is { } text)
        {
            declared.Text(Render(text, values));
        }
        else if (cell.Value is { } path)
        {
            var value = path.Resolve(values, out var absent);
            declared.Text(absent ? cell.Absent ?? cell.Blank : Format(value, cell.Format) ?? cell.Blank);
        }
        else if (cell.Paragraphs is { } paragraphs)
        {
            var items = paragraphs.Each.Resolve(values, out _) is IList list ? list : Array.Empty<object>();
            declared.Paragraphs(Enumerable.Range(0, items.Count)
                .Select(i => Render(paragraphs.Text, values.Inside(paragraphs.As, items[i], paragraphs.Index, i))));
        }
        if (cell.Bold)
        {
            declared.Bold();
        }
        if (cell.Align is { } align)
        {
            declared.Align(align);
        }
        return declared;
    }

    private static string? Format(object? value, CellFormat format) => value switch
    {
        null => null,
        string text => text.Length == 0 ? null : text,
        int count when format == CellFormat.Count => CellText.Count(count),
        int number => Format((decimal)number, format),
        decimal number => format switch
        {
            CellFormat.Money => CellText.Money(number),
            CellFormat.Percent => CellText.Percent(number),
            CellFormat.Score => CellText.Score(number),
            _ => number.ToString(CultureInfo.InvariantCulture),
        },
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    // Plain text needs no variables: most cell texts are labels, and building the variables is most of their cost.
    private static string Render(Templates.CompiledTemplate template, FormValues values) =>
        template.IsConstant ? template.Render(values.Context.Model) : template.Render(values.Context.Model, values.Variables());
}
