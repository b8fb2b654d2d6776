using System.Security;
using System.Text;

namespace PerfEvalDocGen.Batch;

/// <summary>
/// Settings for the private LibreOffice profile that makes PDFs, written before its first start. LibreOffice does not
/// read Word's line-breaking lists (w:noLineBreaksBefore) from a .docx; for Simplified Chinese it uses its own list of
/// characters that may not start a line, which lacks 省略号 and 破折号, so “……” and “——” could be split at a line end,
/// half on each line. The profile adds them (GB/T 15834: neither mark is broken between lines), as Word's own list
/// for Chinese does for “…”; the marks then go to the next line with the character before them.
/// </summary>
public static class PdfProfile
{
    /// <summary>LibreOffice's own zh-CN list of characters that may not start a line (i18npool zh_CN.xml).</summary>
    private const string DefaultStart = ":!),.:;?]}¢'\"、。〉》」』】〕〗〞︰︱︳﹐､﹒﹔﹕﹖﹗﹚﹜﹞！），．：；？｜｝︴︶︸︺︼︾﹀﹂﹄﹏､～￠々‖•·ˇˉ―--′’”";

    /// <summary>LibreOffice's own zh-CN list of characters that may not end a line, unchanged.</summary>
    private const string DefaultEnd = "([{£¥'\"‵〈《「『【〔〖（［｛￡￥〝︵︷︹︻︽︿﹁﹃﹙﹛﹝（｛“‘";

    /// <summary>The marks added: each half of “……”, “‥” and “——” may not start a line.</summary>
    public const string UnbrokenMarks = "…‥—";

    /// <summary>
    /// Writes the settings into the profile folder <paramref name="profile"/> (the folder given to LibreOffice as
    /// <c>-env:UserInstallation</c>); LibreOffice keeps and extends the file on its first start.
    /// </summary>
    public static void Prepare(string profile)
    {
        var user = Path.Combine(profile, "user");
        var path = Path.Combine(user, "registrymodifications.xcu");
        if (File.Exists(path))
        {
            return;
        }
        Directory.CreateDirectory(user);
        File.WriteAllText(path, Xml(), new UTF8Encoding(false));
    }

    /// <summary>The registry text: the zh-CN start and end characters.</summary>
    public static string Xml()
    {
        var text = new StringBuilder();
        text.AppendLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        text.AppendLine("<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        text.Append("<item oor:path=\"/org.openoffice.Office.Common/AsianLayout/StartEndCharacters\"><node oor:name=\"zh-CN\" oor:op=\"replace\">")
            .Append("<prop oor:name=\"StartCharacters\" oor:op=\"fuse\"><value>").Append(SecurityElement.Escape(DefaultStart + UnbrokenMarks)).Append("</value></prop>")
            .Append("<prop oor:name=\"EndCharacters\" oor:op=\"fuse\"><value>").Append(SecurityElement.Escape(DefaultEnd)).Append("</value></prop>")
            .AppendLine("</node></item>");
        text.AppendLine("</oor:items>");
        return text.ToString();
    }
}
