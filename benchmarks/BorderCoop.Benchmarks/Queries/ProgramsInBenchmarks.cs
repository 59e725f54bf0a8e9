using System.Data.Common;
using BenchmarkDotNet.Attributes;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The programs in a country or at a place (<see cref="BorderCoopData.ProgramsIn"/>), typed without regard to case or
/// accents, for the program in the middle of the dataset that names an accented place
/// (in the curated data, something like "ciudad juarez" for Ciudad Juárez, or its country "mx").
/// </summary>
[MemoryDiagnoser]
public class ProgramsInBenchmarks : QueryBenchmarks
{
    private string place = null!;
    private SqlQuestion byPlace = null!;

    /// <summary>What is asked for.</summary>
    public enum PlaceKind
    {
        /// <summary>A country code, typed in lower case ("mx"): a large share of the programs.</summary>
        Country = 0,

        /// <summary>A place name, typed without its accents ("ciudad juarez").</summary>
        Place = 1,
    }

    /// <summary>What is asked for.</summary>
    [Params(PlaceKind.Country, PlaceKind.Place)]
    public PlaceKind Kind { get; set; }

    private protected override string Question => $"ProgramsIn(\"{place}\")";

    /// <summary>Every program's countries and places compared loosely (<see cref="QueryBenchmarks.SameName"/>).</summary>
    [Benchmark(Baseline = true)]
    public List<CooperationProgram> Linq() => Data.Programs
        .Where(p => p.Countries.Concat(p.Places).Any(n => SameName(n, place)))
        .ToList();

    /// <summary>The library's index of programs by folded country and place.</summary>
    [Benchmark]
    public IReadOnlyList<CooperationProgram> BorderCoop() => Data.ProgramsIn(place);

    /// <summary>A range of the index on the folded places and countries, the name folded in C# as the library does.</summary>
    [Benchmark]
    public List<CooperationProgram> Sqlite() => Ask(byPlace.Sqlite);

    /// <summary>The same SQL in DuckDB: a scan of the folded places and countries.</summary>
    [Benchmark]
    public List<CooperationProgram> DuckDb() => Ask(byPlace.DuckDb);

    private protected override void Prepare()
    {
        var program = FromMiddle(Data.Programs, p => p.Countries.Count > 0 && p.Places.Any(n => !n.All(char.IsAscii)));
        place = Kind == PlaceKind.Country
            ? program.Countries[0].ToLowerInvariant()
            : TextKey.Fold(program.Places.First(n => !n.All(char.IsAscii)));
        byPlace = PrepareSql("SELECT program FROM program_places WHERE place_key = $key ORDER BY program", "$key");
    }

    private protected override AnswerKeys Answers() =>
        new(Linq().Select(p => p.Id), BorderCoop().Select(p => p.Id), Sqlite().Select(p => p.Id), DuckDb().Select(p => p.Id));

    private List<CooperationProgram> Ask(DbCommand command)
    {
        command.Parameters[0].Value = TextKey.Fold(place);
        return SqlQuestion.Read(command, r => Data.Programs[r.GetInt32(0)]);
    }
}
