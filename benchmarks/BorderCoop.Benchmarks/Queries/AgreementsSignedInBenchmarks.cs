using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The agreements signed from 1996 to 1998, with how sure that is (<see cref="BorderCoopData.AgreementsSignedIn"/>):
/// a window query whose answer is a small share of the dataset.
/// </summary>
[MemoryDiagnoser]
public class AgreementsSignedInBenchmarks : QueryBenchmarks
{
    private static readonly DateInterval Period = new(new LocalDate(1996, 1, 1), new LocalDate(1998, 12, 31));

    private SqliteCommand signedIn = null!;

    private protected override string Question => $"AgreementsSignedIn({Period})";

    /// <summary>Every agreement's signing date compared with the period.</summary>
    [Benchmark(Baseline = true)]
    public List<(Agreement Agreement, DateCertainty Certainty)> Linq() => Data.Agreements
        .Where(a => a.Signed is { } s && s.End >= Period.Start && s.Start <= Period.End)
        .Select(a => (a, a.Signed!.Start >= Period.Start && a.Signed.End <= Period.End && !a.Signed.IsApproximate ? DateCertainty.Certain : DateCertainty.Uncertain))
        .ToList();

    /// <summary>The library's query, with a reason for each match.</summary>
    [Benchmark]
    public IReadOnlyList<DatedMatch<Agreement>> BorderCoop() => Data.AgreementsSignedIn(Period);

    /// <summary>
    /// A range of the index on the first day of signing. A partial date spans at most a year, so a signing that can
    /// reach into the period starts at most 366 days before it: that bounds the range from below.
    /// </summary>
    [Benchmark]
    public List<(Agreement Agreement, DateCertainty Certainty)> Sqlite()
    {
        var start = SqliteMirror.DayNumber(Period.Start);
        signedIn.Parameters[0].Value = start;
        signedIn.Parameters[1].Value = SqliteMirror.DayNumber(Period.End);
        signedIn.Parameters[2].Value = start - 366;
        return SqliteMirror.Read(signedIn, r => (Data.Agreements[r.GetInt32(0)], (DateCertainty)r.GetInt32(1)));
    }

    private protected override void Prepare() => signedIn = Mirror.Prepare(
        """
        SELECT ordinal,
               CASE WHEN signed_start >= $start AND signed_end <= $end AND signed_approximate = 0 THEN 0 ELSE 1 END
        FROM agreements
        WHERE signed_start BETWEEN $earliest AND $end AND signed_end >= $start
        ORDER BY ordinal
        """,
        "$start",
        "$end",
        "$earliest");

    private protected override AnswerKeys Answers() => new(
        Linq().Select(m => Key(m.Agreement, m.Certainty)),
        BorderCoop().Select(m => Key(m.Record, m.Certainty)),
        Sqlite().Select(m => Key(m.Agreement, m.Certainty)));
}
