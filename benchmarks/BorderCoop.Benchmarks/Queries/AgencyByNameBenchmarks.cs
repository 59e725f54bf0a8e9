using System.Data.Common;
using BenchmarkDotNet.Attributes;

namespace BorderCoop.Benchmarks;

/// <summary>
/// Agencies by acronym, alias or accented Spanish name (<see cref="BorderCoopData.FindAgencies"/>), typed without
/// regard to case or accents, for an agency from the middle of the dataset that has all three
/// (in the curated data, the PGR: "pgr", "MEXICAN ATTORNEY GENERAL'S OFFICE", "procuraduria general de la republica").
/// </summary>
[MemoryDiagnoser]
public class AgencyByNameBenchmarks : QueryBenchmarks
{
    private string name = null!;
    private SqlQuestion byKey = null!;

    /// <summary>Which of the agency's names is asked for.</summary>
    public enum NameKind
    {
        /// <summary>An acronym, typed in lower case ("pgr").</summary>
        Acronym = 0,

        /// <summary>An English alias, typed in upper case.</summary>
        Alias = 1,

        /// <summary>The Spanish name, typed without its accents ("procuraduria general de la republica").</summary>
        SpanishName = 2,
    }

    /// <summary>Which of the agency's names is asked for.</summary>
    [Params(NameKind.Acronym, NameKind.Alias, NameKind.SpanishName)]
    public NameKind Kind { get; set; }

    private protected override string Question => $"FindAgencies(\"{name}\")";

    /// <summary>Every name of every agency compared loosely (<see cref="QueryBenchmarks.SameName"/>).</summary>
    [Benchmark(Baseline = true)]
    public List<Agency> Linq() => Data.Agencies
        .Where(a => new[] { a.Id, a.EnglishName, a.SpanishName }.Concat(a.EnglishAcronyms).Concat(a.SpanishAcronyms).Concat(a.Aliases)
            .Any(n => SameName(n, name)))
        .ToList();

    /// <summary>The library's folded-name index.</summary>
    [Benchmark]
    public IReadOnlyList<Agency> BorderCoop() => Data.FindAgencies(name);

    /// <summary>The primary key of the folded agency names, the name folded in C# as the library does.</summary>
    [Benchmark]
    public List<Agency> Sqlite() => Ask(byKey.Sqlite);

    /// <summary>The same SQL in DuckDB: the folded names are sorted by key, so the zone maps narrow the scan.</summary>
    [Benchmark]
    public List<Agency> DuckDb() => Ask(byKey.DuckDb);

    private protected override void Prepare()
    {
        var agency = FromMiddle(Data.Agencies, a =>
            a.EnglishAcronyms.Concat(a.SpanishAcronyms).Any() && a.Aliases.Count > 0 && a.SpanishName is { } spanish && !spanish.All(char.IsAscii));
        name = Kind switch
        {
            NameKind.Acronym => agency.EnglishAcronyms.Concat(agency.SpanishAcronyms).First().ToLowerInvariant(),
            NameKind.Alias => agency.Aliases[0].ToUpperInvariant(),
            _ => TextKey.Fold(agency.SpanishName!),
        };
        byKey = PrepareSql("SELECT agency FROM agency_names WHERE key = $key ORDER BY agency", "$key");
    }

    private protected override AnswerKeys Answers() =>
        new(Linq().Select(a => a.Id), BorderCoop().Select(a => a.Id), Sqlite().Select(a => a.Id), DuckDb().Select(a => a.Id));

    private List<Agency> Ask(DbCommand command)
    {
        command.Parameters[0].Value = TextKey.Fold(name);
        return SqlQuestion.Read(command, r => Data.Agencies[r.GetInt32(0)]);
    }
}
