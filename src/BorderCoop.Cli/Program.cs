using BorderCoop;
using BorderCoop.Cli;

return BorderCoopCli.Run(args, Console.Out, Console.Error, () => BorderCoopData.Default);
