using System.Data.Common;
using BenchmarkDotNet.Attributes;

namespace BorderCoop.Benchmarks;

/// <summary>Lookup of one record by id (<see cref="BorderCoopData.Find"/>): a record from the middle of the dataset.</summary>
[MemoryDiagnoser]
public class ByIdBenchmarks : QueryBenchmarks
{
    private string id = null!;
    private SqlQuestion byId = null!;

    private protected override string Question => $"Find(\"{id}\")";

    /// <summary>A linear search of every record.</summary>
    [Benchmark(Baseline = true)]
    public IRecord? Linq() => Data.Records.FirstOrDefault(r => r.Id == id);

    /// <summary>The library's frozen dictionary.</summary>
    [Benchmark]
    public IRecord? BorderCoop() => Data.Find(id);

    /// <summary>The primary key of the records table.</summary>
    [Benchmark]
    public IRecord? Sqlite() => Ask(byId.Sqlite);

    /// <summary>The same SQL in DuckDB: the primary key's ART index.</summary>
    [Benchmark]
    public IRecord? DuckDb() => Ask(byId.DuckDb);

    private protected override void Prepare()
    {
        id = Data.Records[Data.Records.Count / 2].Id;
        byId = PrepareSql("SELECT ordinal FROM records WHERE id = $id", "$id");
    }

    private protected override AnswerKeys Answers() =>
        new([Linq()?.Id ?? "none"], [BorderCoop()?.Id ?? "none"], [Sqlite()?.Id ?? "none"], [DuckDb()?.Id ?? "none"]);

    private IRecord? Ask(DbCommand command)
    {
        command.Parameters[0].Value = id;
        return command.ExecuteScalar() is long ordinal ? Data.Records[(int)ordinal] : null;
    }
}
