using BenchmarkDotNet.Running;
using BorderCoop.Benchmarks;

// Two modes of the user-file benchmark (benchmarks/user-file.sh), each meant for a process of its own:
//   --write-user-file PATH [RECORDS]        writes the generated 1M-record dataset as a user's JSON file
//   --load-user-file PATH --how WAY         loads it one way and prints the time and memory it took
// and one for a profiler: --loop-window QUESTION SECONDS asks a large 1M window question in a loop (WindowLoop.cs).
// Otherwise runs the benchmarks chosen on the command line, e.g. --filter '*' (all) or --filter '*ById*'; see benchmarks/README.md.
switch (args)
{
    case ["--write-user-file", var path]:
        UserFileWriter.Write(path);
        break;
    case ["--write-user-file", var path, var records]:
        UserFileWriter.Write(path, int.Parse(records, System.Globalization.CultureInfo.InvariantCulture));
        break;
    case ["--loop-window", var question, var seconds]:
        return WindowLoop.Run(question, int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
    case ["--load-user-file", var path, "--how", var how]:
        return UserFileLoad.Run(path, how);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(QueryBenchmarks).Assembly).Run(args, BenchmarkConfig.Create(args));
        break;
}

return 0;
