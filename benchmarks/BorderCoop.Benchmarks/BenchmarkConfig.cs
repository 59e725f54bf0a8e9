using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace BorderCoop.Benchmarks;

/// <summary>The configuration of every run: a short in-process job sized for a shared two-core machine, memory and ratio columns.</summary>
/// <remarks>
/// <para>
/// The job runs every benchmark case inside the runner's own process (BenchmarkDotNet's in-process emit toolchain)
/// with 3 warm-up and 5 measured iterations of about 100 ms each, instead of BenchmarkDotNet's default of a fresh
/// process per case and 500 ms iterations repeated (up to 100 times) until the error is small. In one process each
/// dataset and its SQLite and DuckDB mirrors are made once for the whole run: the 1M dataset costs one to two minutes
/// to generate and mirror, which a process per case would pay again for each of its some 90 cases (hours of setup).
/// The price of sharing a process is isolation: the JIT and the GC have seen the other benchmarks, and the generated
/// datasets stay in memory while the embedded ones are measured. For the same reason the job does not force a full
/// garbage collection before each iteration (BenchmarkDotNet's default): with the 1M dataset alive, each forced
/// collection walks a heap of tens of millions of objects and took seconds, some minutes per case. Benchmarks that
/// allocate are measured with the collections they cause, as in an application. The price of short runs is precision:
/// with five short samples the error column is wide (a few percent, more on a busy machine), so read differences
/// under about 10 % as noise. The targets this project checks are ratios of 10× or more and growth across sizes of
/// 100×, which such a job resolves.
/// </para>
/// <para>
/// The job is a default one, so options such as <c>--iterationCount 15</c> adjust it. BenchmarkDotNet ignores
/// <c>--job</c> when the configuration has its own default job, so when the command line names a job
/// (<c>--job Dry</c>, <c>--job Medium</c>) the short job is left out and that job runs instead.
/// </para>
/// </remarks>
internal static class BenchmarkConfig
{
    /// <summary>The configuration <c>Program</c> runs with, given its command line.</summary>
    public static IConfig Create(IReadOnlyList<string> args)
    {
        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(TimeRatioColumn.Sqlite, TimeRatioColumn.DuckDb);
        var jobGiven = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        return jobGiven ? config : config.AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithGcForce(false)
            .WithId("ShortInProcess")
            .AsDefault());
    }
}
