using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace BorderCoop.Benchmarks;

/// <summary>The configuration of every run: a short job sized for a shared two-core machine, memory and ratio columns.</summary>
/// <remarks>
/// <para>
/// The job runs each benchmark case in one process (one launch) with 3 warm-up and 5 measured iterations of about
/// 100 ms each, instead of BenchmarkDotNet's default of 500 ms iterations repeated (up to 100 times) until the error
/// is small. A case then takes a few seconds plus its <c>[GlobalSetup]</c> (for the 1M dataset, some 25 to 40 seconds
/// to generate and mirror it), so a full <c>--filter '*'</c> run stays well under an hour. The price is precision:
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
            .AddColumn(new SqliteRatioColumn());
        var jobGiven = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        return jobGiven ? config : config.AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithId("Short")
            .AsDefault());
    }
}
