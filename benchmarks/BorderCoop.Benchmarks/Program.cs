using BenchmarkDotNet.Running;
using BorderCoop.Benchmarks;

// Runs the benchmarks chosen on the command line, e.g. --filter '*' (all) or --filter '*ById*'; see benchmarks/README.md.
BenchmarkSwitcher.FromAssembly(typeof(QueryBenchmarks).Assembly).Run(args, BenchmarkConfig.Create(args));
