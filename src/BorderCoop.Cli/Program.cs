using BorderCoop;
using BorderCoop.Cli;
using BorderCoop.Cli.Formatting;

return BorderCoopCli.Run(args, Console.Out, Console.Error, () => BorderCoopData.Default, TerminalWidth.Detect());
