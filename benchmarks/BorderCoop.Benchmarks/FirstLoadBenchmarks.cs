using System.Diagnostics;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The first load of the embedded dataset: reading and parsing the eleven embedded JSON files into records under the
/// strict contract, freezing them, and building the indexes that queries build lazily on first use; and, for
/// comparison, the same bytes through every check that user data goes through.
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
    private static readonly string[] ResourceNames = [.. RecordFamily.All.Select(f => EmbeddedDataset.ResourcePrefix + f.FileName)];

    /// <summary>Times one cold first load, then checks that every benchmark sees the same records.</summary>
    /// <exception cref="InvalidOperationException">The loads disagree on the number of records.</exception>
    [GlobalSetup]
    public void SetUp()
    {
        var clock = Stopwatch.StartNew();
        var cold = LoadAndBuildIndexes();
        Console.WriteLine($"// Cold first load in this process (assembly loading and JIT included): {clock.Elapsed.TotalMilliseconds:F1} ms for {cold.Records.Count} records.");

        var counts = new[] { ParseJsonOnly(), Load().Records.Count, ValidateAsUserData().Records.Count, LoadAndBuildIndexes().Records.Count, LoadAndBuildIndexesAndTimeline().Records.Count };
        if (counts.Distinct().Count() != 1)
        {
            throw new InvalidOperationException($"The loads disagree: {ResourceNames.Length} resources, record counts {string.Join(", ", counts)}.");
        }
    }

    /// <summary>
    /// The baseline: only <see cref="JsonDocument.Parse(Stream, JsonDocumentOptions)"/> over the same eleven embedded
    /// resources, counting array items. It makes no records and checks nothing, so it is a floor the real load cannot
    /// go below: the ratio shows what typed records, validation and indexes cost on top of reading the JSON.
    /// </summary>
    [Benchmark(Baseline = true)]
    public int ParseJsonOnly()
    {
        var items = 0;
        foreach (var name in ResourceNames)
        {
            using var stream = typeof(BorderCoopData).Assembly.GetManifestResourceStream(name)!;
            using var document = JsonDocument.Parse(stream);
            items += document.RootElement.GetArrayLength();
        }

        return items;
    }

    /// <summary>
    /// The trusted read (<c>EmbeddedDataset.Load()</c>, what <see cref="BorderCoopData.Default"/> runs once): one
    /// deserialization per family under the strict contract, then the records are frozen; no check across records, no
    /// lazy index built.
    /// </summary>
    [Benchmark]
    public BorderCoopData Load() => EmbeddedDataset.Load();

    /// <summary>
    /// The same bytes as user data: each record read on its own with its location kept, then every check across
    /// records (ids, references, parent cycles, quotes in the curated sources). What a file given to
    /// <c>Load</c> or <c>Extend</c> costs per record; the test suite runs it on the embedded data.
    /// </summary>
    [Benchmark]
    public BorderCoopData ValidateAsUserData() => EmbeddedDataset.Validate(EmbeddedDataset.ReadResource);

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
}
