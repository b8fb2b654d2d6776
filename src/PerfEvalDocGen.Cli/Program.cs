using System.Globalization;
using System.Text;
using PerfEvalDocGen.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);
// Numbers and dates are read and printed alike on every machine, whatever its locale (de_DE writes 512,38).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = Perfeval.ChineseInterface();
return Perfeval.Run(args, CliConsole.System());
