using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The extraditions from Mexico to the United States with a date from 1998 to 2001, or under way through it, with how
/// sure that is (<see cref="BorderCoopData.ExtraditionCasesDuring"/>): a window query with a direction and a
/// mechanism, followed by the undated cases of that direction and mechanism as uncertain.
/// </summary>
/// <remarks>
/// A case is certain when an exact date (arrest, request, grant or surrender) falls inside the period, or when its
/// dates surround the period; uncertain when only a month, year or approximate date overlaps it, or when the sources
/// date nothing.
/// </remarks>
[MemoryDiagnoser]
public class ExtraditionCasesDuringBenchmarks : QueryBenchmarks
{
    private const string From = "MX";
    private const string To = "US";
    private const ExtraditionMechanism Mechanism = ExtraditionMechanism.Extradition;
    private static readonly DateInterval Period = new(new LocalDate(1998, 1, 1), new LocalDate(2001, 12, 31));

    private SqliteCommand during = null!;

    private protected override string Question => $"ExtraditionCasesDuring({Period}, {From}, {To}, {Mechanism})";

    /// <summary>Every case of the direction and mechanism, its surrender graded with the library's rule (<see cref="DateWindow.Grade{T}(T, PartialDate, DateKind, DateInterval, out DatedMatch{T})"/>).</summary>
    [Benchmark(Baseline = true)]
    public List<(ExtraditionCase Case, DateCertainty Certainty)> Linq() => Data.ExtraditionCases
        .Where(c => c.From == From && c.To == To && c.Mechanism == Mechanism)
        .Select(c => (Case: c, Certainty: c.Surrendered is { } surrendered
            ? (DateWindow.Grade(c, surrendered, DateKind.Surrendered, Period, out var match) ? match.Certainty : (DateCertainty?)null)
            : ExtraditionCaseDates.MayHave(c, DateKind.Surrendered) && ExtraditionCaseDates.CanFallIn(c, DateKind.Surrendered, Period) ? DateCertainty.Uncertain : null))
        .Where(m => m.Certainty is not null)
        .Select(m => (m.Case, m.Certainty!.Value))
        .ToList();

    /// <summary>The library's query, with a reason for each match.</summary>
    [Benchmark]
    public IReadOnlyList<DatedMatch<ExtraditionCase>> BorderCoop() => Data.ExtraditionCasesDuring(Period, From, To, Mechanism);

    /// <summary>
    /// A range of the index on the first day of a case's dates, each date then graded in SQL; the undated cases of the
    /// direction and mechanism follow through the direction index.
    /// </summary>
    [Benchmark]
    public List<(ExtraditionCase Case, DateCertainty Certainty)> Sqlite()
    {
        during.Parameters[0].Value = SqliteMirror.DayNumber(Period.Start);
        during.Parameters[1].Value = SqliteMirror.DayNumber(Period.End);
        during.Parameters[2].Value = From;
        during.Parameters[3].Value = To;
        during.Parameters[4].Value = (int)Mechanism;
        return SqliteMirror.Read(during, r => (Data.ExtraditionCases[r.GetInt32(0)], (DateCertainty)r.GetInt32(1)));
    }

    private protected override void Prepare()
    {
        // A date overlaps the period, or lies inside it exactly; null dates make both null, which counts as false.
        static string Overlaps(string date) => $"({date}_start <= $end AND {date}_end >= $start)";
        static string Inside(string date) => $"({date}_start >= $start AND {date}_end <= $end AND {date}_approximate = 0)";
        string[] dates = ["arrested", "requested", "granted", "surrendered"];
        during = Mirror.Prepare(
            $"""
            SELECT ordinal,
                   CASE WHEN {string.Join(" OR ", dates.Select(Inside))} THEN 0
                        WHEN {string.Join(" OR ", dates.Select(Overlaps))} THEN 1
                        ELSE 0 END
            FROM extradition_cases
            WHERE span_start <= $end AND span_end >= $start
              AND from_country = $from AND to_country = $to AND mechanism = $mechanism
              AND ({string.Join(" OR ", dates.Select(Overlaps))} OR (span_start < $start AND span_end > $end))
            UNION ALL
            SELECT ordinal, 1
            FROM extradition_cases
            WHERE span_start IS NULL AND from_country = $from AND to_country = $to AND mechanism = $mechanism
            ORDER BY 1
            """,
            "$start",
            "$end",
            "$from",
            "$to",
            "$mechanism");
    }

    private protected override AnswerKeys Answers() => new(
        Linq().Select(m => Key(m.Case, m.Certainty)),
        BorderCoop().Select(m => Key(m.Record, m.Certainty)),
        Sqlite().Select(m => Key(m.Case, m.Certainty)));
}
