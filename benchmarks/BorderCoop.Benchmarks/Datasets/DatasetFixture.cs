using System.Collections.Concurrent;
using System.Diagnostics;

namespace BorderCoop.Benchmarks;

/// <summary>
/// One dataset size, ready to query three ways: the <see cref="BorderCoopData"/> and its SQLite mirror. Each size is
/// made once per process, on first use, and kept for the life of the process.
/// </summary>
/// <remarks>
/// BenchmarkDotNet runs each benchmark case in a process of its own and calls this from <c>[GlobalSetup]</c>, so
/// generation and loading are never measured; their times are written to the log instead.
/// </remarks>
internal sealed class DatasetFixture
{
    private static readonly ConcurrentDictionary<DatasetSize, Lazy<DatasetFixture>> BySize = new();

    private DatasetFixture(DatasetSize size, BorderCoopData data, SqliteMirror mirror)
    {
        Size = size;
        Data = data;
        Mirror = mirror;
    }

    /// <summary>Which dataset this is.</summary>
    public DatasetSize Size { get; }

    /// <summary>The dataset, indexes not yet built (the lazy ones are built by the first query).</summary>
    public BorderCoopData Data { get; }

    /// <summary>The same records in an in-memory SQLite database.</summary>
    public SqliteMirror Mirror { get; }

    /// <summary>The fixture of <paramref name="size"/>, made on the first call for that size.</summary>
    public static DatasetFixture Get(DatasetSize size) =>
        BySize.GetOrAdd(size, s => new Lazy<DatasetFixture>(() => Make(s))).Value;

    private static DatasetFixture Make(DatasetSize size)
    {
        var clock = Stopwatch.StartNew();
        var data = size == DatasetSize.Embedded ? BorderCoopData.Default : DatasetGenerator.Generate((int)size);
        var made = clock.Elapsed;

        clock.Restart();
        var mirror = SqliteMirror.Load(data);
        var loaded = clock.Elapsed;

        Console.WriteLine(
            $"// Dataset {size}: {data.Records.Count:N0} records {(size == DatasetSize.Embedded ? "loaded" : "generated and validated")} in {made.TotalSeconds:F2} s; " +
            $"SQLite mirror ({mirror.RowCount:N0} rows) loaded and indexed in {loaded.TotalSeconds:F2} s.");
        return new DatasetFixture(size, data, mirror);
    }
}
