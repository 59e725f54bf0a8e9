using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;

namespace BorderCoop.Benchmarks;

/// <summary>
/// Loads the user file of the scale benchmark one way, in a process of its own so that the peak memory is that
/// load's alone, and prints one line: the way, the records read, the time the load took, the peak working set of the
/// process, the managed bytes allocated, the time the GC paused the program, and the managed bytes still held (by what
/// the load made) after a full collection.
/// </summary>
/// <remarks>
/// <para>The ways measured by <c>benchmarks/user-file.sh</c>: <c>borders</c>, <see cref="BorderCoopData.LoadFile"/>
/// (every check); <c>plain</c>, the floor,
/// <see cref="JsonSerializer.Deserialize{TValue}(Stream, System.Text.Json.Serialization.Metadata.JsonTypeInfo{TValue})"/>
/// of the file into <see cref="PlainUserFile"/>, streamed as a user would write it; <c>plain-bytes</c>, the same from
/// the whole file read into memory first, as the library reads it.</para>
/// <para>For profiling: <c>borders-phases</c>, the library's load taken apart (read, parse and deserialize, check and
/// freeze) through its internals, with the time, allocation and heap after each phase; <c>borders-allocations</c> and
/// <c>plain-allocations</c>, what each load allocates by type (<see cref="AllocationSampler"/>); <c>split</c>, the
/// parts of a load timed one by one (<see cref="UserFileSplit"/>).</para>
/// </remarks>
internal static class UserFileLoad
{
    /// <summary>The ways this can load a file.</summary>
    public const string Ways = "borders, plain, plain-bytes, borders-phases, borders-allocations, plain-allocations, split";

    /// <summary>Loads <paramref name="path"/> the way <paramref name="how"/> names and prints the figures.</summary>
    /// <param name="path">The user file (see <see cref="UserFileWriter"/>).</param>
    /// <param name="how">One of <see cref="Ways"/>.</param>
    /// <returns>The process exit code: 0, or 2 for an unknown way.</returns>
    public static int Run(string path, string how)
    {
        var clock = Stopwatch.StartNew();
        object? kept = null; // what the load made, kept alive to be weighed after the figures are taken
        long records;
        switch (how)
        {
            case "borders":
                var data = BorderCoopData.LoadFile(path, Limits(path));
                (records, kept) = (data.Records.Count, data);
                break;
            case "plain":
                var plain = LoadPlain(path);
                (records, kept) = (plain.Count, plain);
                break;
            case "plain-bytes":
                var fromBytes = JsonSerializer.Deserialize(File.ReadAllBytes(path), PlainUserFileContext.Default.PlainUserFile)!;
                (records, kept) = (fromBytes.Count, fromBytes);
                break;
            case "borders-phases":
                records = LoadInPhases(path);
                break;
            case "split":
                records = UserFileSplit.Run(path);
                break;
            case "borders-allocations":
            case "plain-allocations":
                using (var sampler = new AllocationSampler())
                {
                    records = how == "borders-allocations" ? BorderCoopData.LoadFile(path, Limits(path)).Records.Count : LoadPlain(path).Count;
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
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var allocated = GC.GetTotalAllocatedBytes(true);
        var paused = GC.GetTotalPauseDuration();
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(kept);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{how}: {records} records in {elapsed.TotalMilliseconds:F0} ms; peak working set {peak} bytes; allocated {allocated} bytes; GC paused {paused.TotalMilliseconds:F0} ms; {retained} bytes retained after"));
        return 0;
    }

    /// <summary>The floor: the file deserialized, streamed, into plain records.</summary>
    private static PlainUserFile LoadPlain(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, PlainUserFileContext.Default.PlainUserFile)!;
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
