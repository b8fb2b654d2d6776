using System.CommandLine;
using System.Globalization;
using System.Text;
using PerfEvalDocGen.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);
// Numbers and dates are read and printed alike on every machine, whatever its locale (de_DE writes 512,38).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
// The users are Chinese finance staff: the parser's own messages (missing argument, help) in Chinese too. Only the
// culture's name is needed (to find those messages), so it works without ICU data (PredefinedCulturesOnly is off).
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = ChineseInterface();
var root = new RootCommand("perfeval：由 JSON 数据生成部门（单位）整体支出绩效自评材料（.docx）。")
{
    GenerateCommand.Create(),
    ValidateCommand.Create(),
    FixCommand.Create(),
    InitCommand.Create(),
    SchemaCommand.Create(),
    TemplatesCommand.Create(),
    BatchCommand.Create(),
    ServeCommand.Create(),
};
return root.Parse(args).Invoke();

static CultureInfo ChineseInterface()
{
    try
    {
        return CultureInfo.GetCultureInfo("zh-Hans");
    }
    catch (CultureNotFoundException)
    {
        return CultureInfo.InvariantCulture;
    }
}
