using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.TemplateCheck;
using PerfEvalDocGen.Tests.Support;

namespace PerfEvalDocGen.Tests.Reference;

/// <summary>A reference document turned to landscape prints every page sideways: templates check says so (PE377).</summary>
public class ReferenceOrientationTests
{
    [Fact]
    public void A_landscape_reference_is_a_PE377_warning_on_that_file()
    {
        using var temp = new TempDirectory();
        var folder = ReferencePackages.Export(temp);
        var path = ReferencePackages.ReferencePath(folder);
        Assert.Empty(TemplateSetCheck.Check(folder));
        using (var document = WordprocessingDocument.Open(path, true))
        {
            foreach (var size in document.MainDocumentPart!.Document!.Body!.Descendants<PageSize>())
            {
                (size.Width, size.Height) = (size.Height, size.Width);
                size.Orient = PageOrientationValues.Landscape;
            }
        }

        var warning = Assert.Single(TemplateSetCheck.Check(folder));

        Assert.Equal(("PE377", Severity.Warning, path), (warning.Code, warning.Severity, warning.File));
        Assert.Contains("横向", warning.Message);
    }

    [Fact]
    public void A_landscape_layout_without_a_reference_is_PE377_on_the_manifest()
    {
        using var temp = new TempDirectory();
        var folder = ReferencePackages.Export(temp);
        File.Delete(ReferencePackages.ReferencePath(folder));
        var manifest = Path.Combine(folder, "manifest.json");
        var json = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(manifest));
        json["layout"] = Newtonsoft.Json.Linq.JObject.Parse("""{ "paperWidth": 297, "paperHeight": 210 }""");
        File.WriteAllText(manifest, json.ToString());

        var warning = Assert.Single(TemplateSetCheck.Check(folder));

        Assert.Equal(("PE377", manifest), (warning.Code, warning.File));
    }
}
