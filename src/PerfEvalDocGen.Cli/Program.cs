using System.CommandLine;
using System.Globalization;
using System.Text;
using PerfEvalDocGen.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);
// The users are Chinese finance staff: the parser's own messages (missing argument, help) in Chinese too.
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-Hans");
var root = new RootCommand("perfeval：由 JSON 数据生成部门（单位）整体支出绩效自评材料（.docx）。")
{
    GenerateCommand.Create(),
    ValidateCommand.Create(),
    FixCommand.Create(),
    InitCommand.Create(),
    SchemaCommand.Create(),
    TemplatesCommand.Create(),
    BatchCommand.Create(),
};
return root.Parse(args).Invoke();
