using System.Security;
using System.Text;

namespace PerfEvalDocGen.Batch;

/// <summary>
/// A private fontconfig file for the LibreOffice process that makes PDFs. The packages name the official faces
/// (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体, 宋体), which Linux machines rarely have; without a mapping fontconfig
/// sets all of them in one default sans face and the PDF loses the difference between body, headings and title.
/// The file maps them to free CJK faces first, then includes the machine's own configuration (its fonts, caches and
/// rules), so the PDF does not depend on how the machine is set up. Only fontconfig platforms (Linux, BSD) use it.
/// </summary>
public static class PdfFontConfig
{
    /// <summary>The free faces used for each official name: family, and whether the bold face is wanted.</summary>
    public static IReadOnlyList<(string Official, string Free, bool Bold)> Mapping { get; } =
    [
        ("仿宋_GB2312", "Noto Serif CJK SC", false),
        ("仿宋", "Noto Serif CJK SC", false),
        ("FangSong", "Noto Serif CJK SC", false),
        ("宋体", "Noto Serif CJK SC", false),
        ("SimSun", "Noto Serif CJK SC", false),
        // 小标宋 is a heavy Song face: the bold Noto Serif keeps the title distinct from the body.
        ("方正小标宋简体", "Noto Serif CJK SC", true),
        ("方正小标宋_GBK", "Noto Serif CJK SC", true),
        ("小标宋", "Noto Serif CJK SC", true),
        ("黑体", "Noto Sans CJK SC", false),
        ("SimHei", "Noto Sans CJK SC", false),
        ("楷体_GB2312", "AR PL UKai CN", false),
        ("楷体", "AR PL UKai CN", false),
        ("KaiTi", "AR PL UKai CN", false),
    ];

    /// <summary>Whether LibreOffice finds its fonts through fontconfig on this platform.</summary>
    public static bool Applies => OperatingSystem.IsLinux() || OperatingSystem.IsFreeBSD();

    /// <summary>
    /// Writes fonts.conf into <paramref name="directory"/> and returns the environment variables that make a process
    /// use it; empty where fontconfig is not used. <paramref name="systemConfig"/> is the configuration to include,
    /// by default the one this process uses (FONTCONFIG_FILE, else /etc/fonts/fonts.conf).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Environment(string directory, string? systemConfig = null)
    {
        if (!Applies)
        {
            return new Dictionary<string, string>();
        }
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "fonts.conf");
        File.WriteAllText(path, Xml(systemConfig ?? SystemConfig()), new UTF8Encoding(false));
        return new Dictionary<string, string>(StringComparer.Ordinal) { ["FONTCONFIG_FILE"] = path };
    }

    /// <summary>The configuration text: the mapping rules, then the system configuration.</summary>
    public static string Xml(string systemConfig)
    {
        var text = new StringBuilder();
        text.AppendLine("<?xml version=\"1.0\"?>");
        text.AppendLine("<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">");
        text.AppendLine("<fontconfig>");
        // Rules first: a family put in front of the official name by an earlier rule stays in front of later ones.
        foreach (var (official, free, bold) in Mapping)
        {
            text.Append("  <match target=\"pattern\"><test name=\"family\"><string>").Append(SecurityElement.Escape(official))
                .Append("</string></test><edit name=\"family\" mode=\"prepend\" binding=\"strong\"><string>")
                .Append(SecurityElement.Escape(free)).Append("</string></edit>");
            if (bold)
            {
                text.Append("<edit name=\"weight\" mode=\"assign\" binding=\"strong\"><const>bold</const></edit>");
            }
            text.AppendLine("</match>");
        }
        text.Append("  <include ignore_missing=\"yes\">").Append(SecurityElement.Escape(systemConfig)).AppendLine("</include>");
        text.AppendLine("</fontconfig>");
        return text.ToString();
    }

    private static string SystemConfig() =>
        System.Environment.GetEnvironmentVariable("FONTCONFIG_FILE") is { Length: > 0 } own && File.Exists(own)
            ? Path.GetFullPath(own)
            : "/etc/fonts/fonts.conf";
}
