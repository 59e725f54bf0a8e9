using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The conflicts that touch one record (<see cref="BorderCoopData.ConflictsAbout"/>): the first record named by the
/// conflict in the middle of the dataset.
/// </summary>
[MemoryDiagnoser]
public class ConflictsAboutBenchmarks : QueryBenchmarks
{
    private string recordId = null!;
    private SqliteCommand byRecord = null!;

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
    public List<Conflict> Sqlite()
    {
        byRecord.Parameters[0].Value = recordId;
        return SqliteMirror.Read(byRecord, r => Data.Conflicts[r.GetInt32(0)]);
    }

    private protected override void Prepare()
    {
        recordId = FromMiddle(Data.Conflicts, c => c.RecordIds.Count > 0).RecordIds[0];
        byRecord = Mirror.Prepare("SELECT conflict FROM conflict_records WHERE record_id = $id ORDER BY conflict", "$id");
    }

    private protected override AnswerKeys Answers() =>
        new(Linq().Select(c => c.Id), BorderCoop().Select(c => c.Id), Sqlite().Select(c => c.Id));
}
