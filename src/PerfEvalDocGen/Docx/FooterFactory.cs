using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Layout;

namespace PerfEvalDocGen.Docx;

/// <summary>Page-number footers: odd pages on the right, even pages on the left, one character in from the edge.</summary>
internal static class FooterFactory
{
    public static Footer PageNumber(LayoutSettings layout, bool odd)
    {
        var font = layout.PageNumber;
        var oneChar = Twips.FromPoints(font.Size).ToString();
        // The first-line indent is zeroed here as well as in the style, so a restyled Normal cannot move the number.
        var indentation = odd
            ? new Indentation { Right = oneChar, FirstLine = "0", FirstLineChars = 0 }
            : new Indentation { Left = oneChar, FirstLine = "0", FirstLineChars = 0 };
        var paragraph = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = StyleIds.Footer },
            indentation,
            new Justification { Val = odd ? JustificationValues.Right : JustificationValues.Left }));
        var parts = layout.PageNumberFormat.Split("{page}");
        paragraph.Append(WordText.Runs(parts[0], WordText.RunProperties(font)));
        if (parts.Length > 1)
        {
            paragraph.Append(new SimpleField(new Run(WordText.RunProperties(font), new Text("1"))) { Instruction = " PAGE " });
            paragraph.Append(WordText.Runs(string.Join("", parts.Skip(1)), WordText.RunProperties(font)));
        }
        return new Footer(paragraph);
    }

    public static Footer Blank() => new(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Footer })));
}
