using System.Data.Common;
using BenchmarkDotNet.Attributes;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The extradition cases of one person (<see cref="BorderCoopData.ExtraditionCasesOf"/>): the person of the case in the
/// middle of the dataset.
/// </summary>
[MemoryDiagnoser]
public class ExtraditionCasesOfBenchmarks : QueryBenchmarks
{
    private string personId = null!;
    private SqlQuestion byPerson = null!;

    private protected override string Question => $"ExtraditionCasesOf(\"{personId}\")";

    /// <summary>Every case's person compared.</summary>
    [Benchmark(Baseline = true)]
    public List<ExtraditionCase> Linq() => Data.ExtraditionCases.Where(c => c.PersonId == personId).ToList();

    /// <summary>The library's index of cases by person.</summary>
    [Benchmark]
    public IReadOnlyList<ExtraditionCase> BorderCoop() => Data.ExtraditionCasesOf(personId);

    /// <summary>The index of cases by person.</summary>
    [Benchmark]
    public List<ExtraditionCase> Sqlite() => Ask(byPerson.Sqlite);

    /// <summary>The same SQL in DuckDB: a scan of the cases' person column.</summary>
    [Benchmark]
    public List<ExtraditionCase> DuckDb() => Ask(byPerson.DuckDb);

    private protected override void Prepare()
    {
        personId = FromMiddle(Data.ExtraditionCases, _ => true).PersonId;
        byPerson = PrepareSql("SELECT ordinal FROM extradition_cases WHERE person_id = $id ORDER BY ordinal", "$id");
    }

    private protected override AnswerKeys Answers() =>
        new(Linq().Select(c => c.Id), BorderCoop().Select(c => c.Id), Sqlite().Select(c => c.Id), DuckDb().Select(c => c.Id));

    private List<ExtraditionCase> Ask(DbCommand command)
    {
        command.Parameters[0].Value = personId;
        return SqlQuestion.Read(command, r => Data.ExtraditionCases[r.GetInt32(0)]);
    }
}
