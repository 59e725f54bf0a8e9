using System.Collections.Concurrent;
using System.Diagnostics;

namespace BorderCoop.Benchmarks;

/// <summary>
/// One dataset size, ready to query four ways: the <see cref="BorderCoopData"/>, its SQLite mirror and the DuckDB copy
/// of that mirror. Each size is made once per process, on first use, and kept for the life of the process.
/// </summary>
/// <remarks>
/// BenchmarkDotNet runs each benchmark case in a process of its own and calls this from <c>[GlobalSetup]</c>, so
/// generation and loading are never measured; their times are written to the log instead.
/// </remarks>
internal sealed class DatasetFixture
{
    private static readonly ConcurrentDictionary<DatasetSize, Lazy<DatasetFixture>> BySize = new();

    private DatasetFixture(DatasetSize size, BorderCoopData data, SqliteMirror sqlite, DuckDbMirror duckDb)
    {
        Size = size;
        Data = data;
        Sqlite = sqlite;
        DuckDb = duckDb;
    }

    /// <summary>Which dataset this is.</summary>
    public DatasetSize Size { get; }

    /// <summary>The dataset, indexes not yet built (the lazy ones are built by the first query).</summary>
    public BorderCoopData Data { get; }

    /// <summary>The same records in an in-memory SQLite database.</summary>
    public SqliteMirror Sqlite { get; }

    /// <summary>The same tables in an in-memory DuckDB database.</summary>
    public DuckDbMirror DuckDb { get; }

    /// <summary>The fixture of <paramref name="size"/>, made on the first call for that size.</summary>
    public static DatasetFixture Get(DatasetSize size) =>
        BySize.GetOrAdd(size, s => new Lazy<DatasetFixture>(() => Make(s))).Value;

    private static DatasetFixture Make(DatasetSize size)
    {
        var clock = Stopwatch.StartNew();
        var data = size == DatasetSize.Embedded ? BorderCoopData.Default : DatasetGenerator.Generate((int)size);
        var made = clock.Elapsed;

        clock.Restart();
        var sqlite = SqliteMirror.Load(data);
        var sqliteLoaded = clock.Elapsed;

        clock.Restart();
        var duckDb = DuckDbMirror.Load(data, sqlite);
        var duckDbLoaded = clock.Elapsed;

        Console.WriteLine(
            $"// Dataset {size}: {data.Records.Count:N0} records {(size == DatasetSize.Embedded ? "loaded" : "generated and validated")} in {made.TotalSeconds:F2} s; " +
            $"SQLite mirror ({sqlite.RowCount:N0} rows) loaded and indexed in {sqliteLoaded.TotalSeconds:F2} s; " +
            $"DuckDB mirror ({duckDb.RowCount:N0} rows) copied in {duckDbLoaded.TotalSeconds:F2} s.");
        return new DatasetFixture(size, data, sqlite, duckDb);
    }
}
