using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;

namespace BorderCoop.Benchmarks;

/// <summary>
/// Loads the user file of the scale benchmark one way, in a process of its own so that the peak memory is that
/// load's alone, and prints one line: the way, the records read, the time the load took, the peak working set of the
/// process and the managed bytes allocated.
/// </summary>
/// <remarks>
/// The ways: <c>borders</c>, <see cref="BorderCoopData.LoadFile"/> (every check); <c>plain</c>, the floor,
/// <see cref="JsonSerializer.Deserialize{TValue}(Stream, System.Text.Json.Serialization.Metadata.JsonTypeInfo{TValue})"/>
/// of the file into <see cref="PlainUserFile"/>, streamed as a user would write it; <c>plain-bytes</c>, the same from
/// the whole file read into memory first, as the library reads it; <c>borders-phases</c>, the library's load taken
/// apart (read, parse and deserialize, check and freeze), with the time and the managed heap after each phase.
/// </remarks>
internal static class UserFileLoad
{
    /// <summary>The ways this can load a file.</summary>
    public const string Ways = "borders, plain, plain-bytes, borders-phases, borders-allocations, plain-allocations";

    /// <summary>Loads <paramref name="path"/> the way <paramref name="how"/> names and prints the figures.</summary>
    /// <param name="path">The user file (see <see cref="UserFileWriter"/>).</param>
    /// <param name="how">One of <see cref="Ways"/>.</param>
    /// <returns>The process exit code: 0, or 2 for an unknown way.</returns>
    public static int Run(string path, string how)
    {
        var clock = Stopwatch.StartNew();
        long records;
        switch (how)
        {
            case "borders":
                records = BorderCoopData.LoadFile(path, Limits(path)).Records.Count;
                break;
            case "plain":
                records = LoadPlain(path);
                break;
            case "plain-bytes":
                records = JsonSerializer.Deserialize(File.ReadAllBytes(path), PlainUserFileContext.Default.PlainUserFile)!.Count;
                break;
            case "borders-phases":
                records = LoadInPhases(path);
                break;
            case "borders-allocations":
            case "plain-allocations":
                using (var sampler = new AllocationSampler())
                {
                    records = how == "borders-allocations" ? BorderCoopData.LoadFile(path, Limits(path)).Records.Count : LoadPlain(path);
                    foreach (var (type, bytes, samples) in sampler.Top(25))
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / 1048576.0,9:F1} MiB {samples,7} samples  {type}"));
                    }
                }

                break;
            default:
                Console.Error.WriteLine($"unknown way '{how}'; expected one of: {Ways}");
                return 2;
        }

        var elapsed = clock.Elapsed;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{how}: {records} records in {elapsed.TotalMilliseconds:F0} ms; peak working set {Process.GetCurrentProcess().PeakWorkingSet64} bytes; allocated {GC.GetTotalAllocatedBytes(true)} bytes; GC paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms"));
        return 0;
    }

    /// <summary>The floor: the file deserialized, streamed, into plain records.</summary>
    private static long LoadPlain(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, PlainUserFileContext.Default.PlainUserFile)!.Count;
    }

    /// <summary>
    /// Limits that admit the file: <see cref="DatasetLoadLimits.Default"/> refuses input over 64 MiB, so a user with
    /// a larger file passes a larger byte limit, as this does (the file's size, the default depth).
    /// </summary>
    private static DatasetLoadLimits Limits(string path) =>
        new(Math.Max(new FileInfo(path).Length, DatasetLoadLimits.Default.MaxBytes), DatasetLoadLimits.Default.MaxDepth);

    /// <summary>
    /// What <see cref="BorderCoopData.LoadFile"/> does, step by step through the loader's internals, printing each
    /// step's time, the bytes it allocated and the managed heap after it. Profiling only: the figures of record are the
    /// <c>borders</c> way's.
    /// </summary>
    private static long LoadInPhases(string path)
    {
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes(true);
        var paused = GC.GetTotalPauseDuration();
        void Phase(string name)
        {
            var now = GC.GetTotalAllocatedBytes(true);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {name,-28} {clock.Elapsed.TotalMilliseconds,8:F0} ms  allocated {(now - allocated) / 1048576.0,8:F1} MiB  heap {GC.GetTotalMemory(false) / 1048576.0,8:F1} MiB  working set {Environment.WorkingSet / 1048576.0,8:F1} MiB  GC paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds,6:F0} ms  gen2 GCs {GC.CollectionCount(2)}"));
            allocated = now;
            paused = GC.GetTotalPauseDuration();
            clock.Restart();
        }

        var bytes = File.ReadAllBytes(path);
        Phase("read the file");

        var problems = new List<DatasetProblem>();
        var loaded = new LoadedRecords(problems);
        var input = DatasetFile.Open(path, bytes, loaded) ?? throw new InvalidOperationException("the file is not UTF-8");
        Phase("check UTF-8");

        DatasetFile.ReadDocument(input, DatasetLoadLimits.Default.MaxDepth, loaded);
        Phase("parse and deserialize");

        var data = loaded.Build([], loaded.DeclaredDataVersion);
        Phase("check across records, freeze");

        var info = GC.GetGCMemoryInfo();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  GC: heap {info.HeapSizeBytes / 1048576.0:F1} MiB, committed {info.TotalCommittedBytes / 1048576.0:F1} MiB, fragmented {info.FragmentedBytes / 1048576.0:F1} MiB; server GC {GCSettings.IsServerGC}, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        GC.KeepAlive(bytes);
        return data.Records.Count;
    }
}
