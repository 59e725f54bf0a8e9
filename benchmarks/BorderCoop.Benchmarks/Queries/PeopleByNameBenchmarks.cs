using System.Data.Common;
using BenchmarkDotNet.Attributes;

namespace BorderCoop.Benchmarks;

/// <summary>
/// People by name typed without accents or capitals (<see cref="BorderCoopData.FindPeople"/>), for a person from the
/// middle of the dataset whose name has an accent; in generated data, common names are shared by several people.
/// </summary>
[MemoryDiagnoser]
public class PeopleByNameBenchmarks : QueryBenchmarks
{
    private string name = null!;
    private SqlQuestion byKey = null!;

    private protected override string Question => $"FindPeople(\"{name}\")";

    /// <summary>Every name and alias of every person compared loosely (<see cref="QueryBenchmarks.SameName"/>).</summary>
    [Benchmark(Baseline = true)]
    public List<Person> Linq() => Data.People
        .Where(p => p.Aliases.Prepend(p.Name).Prepend(p.Id)
            .Any(n => SameName(n, name)))
        .ToList();

    /// <summary>The library's folded-name index.</summary>
    [Benchmark]
    public IReadOnlyList<Person> BorderCoop() => Data.FindPeople(name);

    /// <summary>The primary key of the folded person names, the name folded in C# as the library does.</summary>
    [Benchmark]
    public List<Person> Sqlite() => Ask(byKey.Sqlite);

    /// <summary>The same SQL in DuckDB: the folded names are sorted by key, so the zone maps narrow the scan.</summary>
    [Benchmark]
    public List<Person> DuckDb() => Ask(byKey.DuckDb);

    private protected override void Prepare()
    {
        name = TextKey.Fold(FromMiddle(Data.People, p => !p.Name.All(char.IsAscii)).Name);
        byKey = PrepareSql("SELECT person FROM person_names WHERE key = $key ORDER BY person", "$key");
    }

    private protected override AnswerKeys Answers() =>
        new(Linq().Select(p => p.Id), BorderCoop().Select(p => p.Id), Sqlite().Select(p => p.Id), DuckDb().Select(p => p.Id));

    private List<Person> Ask(DbCommand command)
    {
        command.Parameters[0].Value = TextKey.Fold(name);
        return SqlQuestion.Read(command, r => Data.People[r.GetInt32(0)]);
    }
}
