using System.Diagnostics;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The first load of the embedded dataset: constructing the records compiled into the assembly, freezing them, and
/// building the indexes that queries build lazily on first use; and, for comparison, the data files it is compiled
/// from read by the JSON loader, trusted (as the embedded data was read before it was compiled) and as user data.
/// </summary>
/// <remarks>
/// BenchmarkDotNet repeats an operation many times, so what it measures is a warm re-load: the parsing, validation
/// and indexing work, with the code already compiled. The true first load of a process also pays for loading
/// assemblies and compiling the code; <c>[GlobalSetup]</c> times one such cold load with a stopwatch and writes it to
/// the log, as a single, noisy sample.
/// </remarks>
[MemoryDiagnoser]
public class FirstLoadBenchmarks
{
    /// <summary>The data files the embedded data is compiled from (<c>src/BorderCoop/Data</c>), read into memory once.</summary>
    private static readonly Dictionary<string, byte[]> DataFiles = ReadDataFiles();

    /// <summary>Times one cold first load, then checks that every benchmark sees the same records.</summary>
    /// <exception cref="InvalidOperationException">The loads disagree on the number of records.</exception>
    [GlobalSetup]
    public void SetUp()
    {
        var clock = Stopwatch.StartNew();
        var cold = LoadAndBuildIndexes();
        Console.WriteLine($"// Cold first load in this process (assembly loading and JIT included): {clock.Elapsed.TotalMilliseconds:F1} ms for {cold.Records.Count} records.");

        Console.WriteLine($"// The data files: {DataFiles.Values.Sum(f => f.Length)} bytes of JSON.");
        var counts = new[] { ParseJsonOnly(), Load().Records.Count, LoadFromJson().Records.Count, ValidateAsUserData().Records.Count, LoadAndBuildIndexes().Records.Count, LoadAndBuildIndexesAndTimeline().Records.Count };
        if (counts.Distinct().Count() != 1 || !Load().Records.SequenceEqual(LoadFromJson().Records))
        {
            throw new InvalidOperationException($"The loads disagree: {DataFiles.Count} files, record counts {string.Join(", ", counts)}.");
        }
    }

    /// <summary>
    /// The baseline: only <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> over the eleven
    /// data files (already in memory), counting array items. It makes no records and checks nothing: the floor of any
    /// load that reads the JSON, which the compiled data does not.
    /// </summary>
    [Benchmark(Baseline = true)]
    public int ParseJsonOnly()
    {
        var items = 0;
        foreach (var file in DataFiles.Values)
        {
            using var document = JsonDocument.Parse(file);
            items += document.RootElement.GetArrayLength();
        }

        return items;
    }

    /// <summary>
    /// What <see cref="BorderCoopData.Default"/> runs once (<c>EmbeddedDataset.Load()</c>): the records compiled into
    /// the assembly are constructed (each constructor checks its record) and frozen; no JSON is read, no check across
    /// records is made, no lazy index is built.
    /// </summary>
    [Benchmark]
    public BorderCoopData Load() => EmbeddedDataset.Load();

    /// <summary>
    /// The same data read from its JSON files, trusted (<c>EmbeddedDataset.LoadTrusted</c>: one deserialization per
    /// family under the strict contract, then frozen): how the embedded data was read before it was compiled.
    /// </summary>
    [Benchmark]
    public BorderCoopData LoadFromJson() => EmbeddedDataset.LoadTrusted(name => DataFiles[name]);

    /// <summary>
    /// The data files as user data: each record read on its own with its location kept, then every check across
    /// records (ids, references, parent cycles, quotes in the curated sources). What a file given to
    /// <c>Load</c> or <c>Extend</c> costs per record; the test suite runs it on the embedded data.
    /// </summary>
    [Benchmark]
    public BorderCoopData ValidateAsUserData() => EmbeddedDataset.Validate(name => DataFiles[name]);

    /// <summary>Parse and validate, then one query of each lazily indexed kind: agency names, person names, conflicts by record.</summary>
    [Benchmark]
    public BorderCoopData LoadAndBuildIndexes()
    {
        var data = EmbeddedDataset.Load();
        _ = data.FindAgencies("DEA");
        _ = data.FindPeople("Calderon");
        _ = data.ConflictsAbout("program/dea-siu");
        return data;
    }

    /// <summary>As <see cref="LoadAndBuildIndexes"/>, and the timeline, which is also built once, on first use.</summary>
    [Benchmark]
    public BorderCoopData LoadAndBuildIndexesAndTimeline()
    {
        var data = LoadAndBuildIndexes();
        _ = data.Timeline;
        return data;
    }

    /// <summary>Finds <c>src/BorderCoop/Data</c> above the benchmark's output folder and reads each family's file.</summary>
    private static Dictionary<string, byte[]> ReadDataFiles()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var data = Path.Combine(folder.FullName, "src", "BorderCoop", "Data");
            if (Directory.Exists(data))
            {
                return RecordFamily.All.ToDictionary(f => f.FileName, f => File.ReadAllBytes(Path.Combine(data, f.FileName)));
            }
        }

        throw new DirectoryNotFoundException($"src/BorderCoop/Data was not found above {AppContext.BaseDirectory}; run the benchmarks from the repository.");
    }
}
