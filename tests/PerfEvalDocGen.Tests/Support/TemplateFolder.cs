namespace PerfEvalDocGen.Tests.Support;

/// <summary>Writes a small template set to a real folder for tests.</summary>
internal static class TemplateFolder
{
    public static string Write(TempDirectory directory, string manifest, params (string Name, string Text)[] sections)
    {
        var root = Path.Combine(directory.Path, "set");
        Directory.CreateDirectory(Path.Combine(root, "sections"));
        File.WriteAllText(Path.Combine(root, "manifest.json"), manifest);
        foreach (var (name, text) in sections)
        {
            File.WriteAllText(Path.Combine(root, "sections", name + ".scriban"), text);
        }
        return root;
    }
}
