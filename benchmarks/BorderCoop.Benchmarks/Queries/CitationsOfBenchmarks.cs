using System.Data.Common;
using BenchmarkDotNet.Attributes;

namespace BorderCoop.Benchmarks;

/// <summary>
/// Every citation behind one record (<see cref="BorderCoopData.CitationsOf"/>): the person in the middle of the
/// dataset with a cited role, so the answer has the person's own citations and those of the roles, each with its path.
/// </summary>
[MemoryDiagnoser]
public class CitationsOfBenchmarks : QueryBenchmarks
{
    private string recordId = null!;
    private SqlQuestion byRecord = null!;

    private protected override string Question => $"CitationsOf(\"{recordId}\")";

    /// <summary>The record found by a scan of every record, then its citations listed with their paths.</summary>
    [Benchmark(Baseline = true)]
    public List<(string Path, Citation Citation)> Linq() => Data.Records
        .Where(r => r.Id == recordId)
        .SelectMany(r => r switch
        {
            Person p => Paths(string.Empty, p.Citations).Concat(p.Roles.SelectMany((role, i) => Paths($"roles[{i}].", role.Citations))),
            Conflict c => c.Versions.SelectMany((v, i) => Paths($"versions[{i}].", v.Citations)),
            ICitedRecord cited => Paths(string.Empty, cited.Citations),
            _ => [],
        })
        .ToList();

    /// <summary>The library's index of citations by record.</summary>
    [Benchmark]
    public IReadOnlyList<RecordCitation> BorderCoop() => Data.CitationsOf(recordId);

    /// <summary>The index of citations by record id, joined to the quotes by their primary key.</summary>
    [Benchmark]
    public List<(string Path, string SourceId, string Quote)> Sqlite() => Ask(byRecord.Sqlite);

    /// <summary>The same SQL in DuckDB: a scan of the citations' record ids, joined to the quotes.</summary>
    [Benchmark]
    public List<(string Path, string SourceId, string Quote)> DuckDb() => Ask(byRecord.DuckDb);

    private protected override void Prepare()
    {
        recordId = FromMiddle(Data.People, p => p.Roles.Any(r => r.Citations.Count > 0)).Id;
        // DuckDB numbers the rows of a table it has only appended to in the order they came, as SQLite does.
        byRecord = PrepareSql(
            """
            SELECT c.path, q.source_id, q.quote
            FROM citations c JOIN quotes q ON q.ordinal = c.quote
            WHERE c.record_id = $id
            ORDER BY c.rowid
            """,
            "$id");
    }

    private protected override AnswerKeys Answers() => new(
        Linq().Select(c => CitationKey(c.Path, c.Citation.SourceId, c.Citation.Quote)),
        BorderCoop().Select(c => CitationKey(c.Path, c.Citation.SourceId, c.Quote)),
        Sqlite().Select(c => CitationKey(c.Path, c.SourceId, c.Quote)),
        DuckDb().Select(c => CitationKey(c.Path, c.SourceId, c.Quote)));

    private static IEnumerable<(string Path, Citation Citation)> Paths(string prefix, IReadOnlyList<Citation> citations) =>
        citations.Select((c, i) => ($"{prefix}citations[{i}]", c));

    private List<(string Path, string SourceId, string Quote)> Ask(DbCommand command)
    {
        command.Parameters[0].Value = recordId;
        return SqlQuestion.Read(command, r => (r.GetString(0), r.GetString(1), r.GetString(2)));
    }

    private string CitationKey(string path, string sourceId, string quote) => $"{recordId} {path} {sourceId}: {quote}";
}
