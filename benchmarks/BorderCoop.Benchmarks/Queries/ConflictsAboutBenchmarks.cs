using System.Data.Common;
using BenchmarkDotNet.Attributes;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The conflicts that touch one record (<see cref="BorderCoopData.ConflictsAbout"/>): the first record named by the
/// conflict in the middle of the dataset.
/// </summary>
[MemoryDiagnoser]
public class ConflictsAboutBenchmarks : QueryBenchmarks
{
    private string recordId = null!;
    private SqlQuestion byRecord = null!;

    private protected override string Question => $"ConflictsAbout(\"{recordId}\")";

    /// <summary>Every conflict's records and versions searched.</summary>
    [Benchmark(Baseline = true)]
    public List<Conflict> Linq() => Data.Conflicts
        .Where(c => c.RecordIds.Contains(recordId) || c.Versions.Any(v => v.RecordId == recordId))
        .ToList();

    /// <summary>The library's index of conflicts by record.</summary>
    [Benchmark]
    public IReadOnlyList<Conflict> BorderCoop() => Data.ConflictsAbout(recordId);

    /// <summary>The primary key of the conflict–record pairs.</summary>
    [Benchmark]
    public List<Conflict> Sqlite() => Ask(byRecord.Sqlite);

    /// <summary>The same SQL in DuckDB: the pairs are sorted by record id, so the zone maps narrow the scan.</summary>
    [Benchmark]
    public List<Conflict> DuckDb() => Ask(byRecord.DuckDb);

    private protected override void Prepare()
    {
        recordId = FromMiddle(Data.Conflicts, c => c.RecordIds.Count > 0).RecordIds[0];
        byRecord = PrepareSql("SELECT conflict FROM conflict_records WHERE record_id = $id ORDER BY conflict", "$id");
    }

    private protected override AnswerKeys Answers() =>
        new(Linq().Select(c => c.Id), BorderCoop().Select(c => c.Id), Sqlite().Select(c => c.Id), DuckDb().Select(c => c.Id));

    private List<Conflict> Ask(DbCommand command)
    {
        command.Parameters[0].Value = recordId;
        return SqlQuestion.Read(command, r => Data.Conflicts[r.GetInt32(0)]);
    }
}
