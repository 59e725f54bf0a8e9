using System.Data.Common;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The extraditions from Mexico to the United States surrendered from 1998 to 2001, with how sure that is
/// (<see cref="BorderCoopData.ExtraditionCasesDuring"/>, which asks about the surrender by default): a window query
/// with a direction and a mechanism, followed by the cases of that direction and mechanism whose surrender the sources
/// do not date but which may have been surrendered then, as uncertain.
/// </summary>
/// <remarks>
/// A surrender is certain when every day it can be lies in the period. Its days are those of its date (an approximate
/// date widened by one unit of its precision, "by January 2007" reaching back without limit), narrowed by the stated
/// order: it cannot come before the first possible day of an arrest, request or grant. An undated surrender is listed
/// unless the outcome rules it out (requested, pending, denied, granted then annulled) or the latest dated step before
/// it cannot be as early as the period's end. The answer comes in time order of the surrender date, the undated last,
/// ties by id; the three answers are compared in order.
/// </remarks>
[MemoryDiagnoser]
public class ExtraditionCasesDuringBenchmarks : QueryBenchmarks
{
    private const string From = "MX";
    private const string To = "US";
    private const ExtraditionMechanism Mechanism = ExtraditionMechanism.Extradition;
    private static readonly DateInterval Period = new(new LocalDate(1998, 1, 1), new LocalDate(2001, 12, 31));

    private SqlQuestion during = null!;
    private long maxSpan;

    private protected override string Question => $"ExtraditionCasesDuring({Period}, {From}, {To}, {Mechanism})";

    /// <summary>Every case of the direction and mechanism, its surrender graded on its ordered days, then sorted in time.</summary>
    [Benchmark(Baseline = true)]
    public List<(ExtraditionCase Case, DateCertainty Certainty)> Linq() => DateReadings.InTimeOrder(Data.ExtraditionCases
        .Where(c => c.From == From && c.To == To && c.Mechanism == Mechanism)
        .Select(c => (Case: c, Certainty: Surrender(c), Date: c.Surrendered))
        .Where(m => m.Certainty is not null)
        .Select(m => (m.Case, m.Certainty!.Value, m.Date)));

    /// <summary>The library's query, with a reason for each match.</summary>
    [Benchmark]
    public IReadOnlyList<DatedMatch<ExtraditionCase>> BorderCoop() => Data.ExtraditionCasesDuring(Period, From, To, Mechanism);

    /// <summary>
    /// A range of the index on the ordered first day of the surrender steps, bounded from below by their longest finite
    /// span, then the surrenders that reach without limit on a side, each joined to its case for the direction and
    /// mechanism; then the undated surrenders of the direction and mechanism through the direction index.
    /// </summary>
    [Benchmark]
    public List<(ExtraditionCase Case, DateCertainty Certainty)> Sqlite() => Ask(during.Sqlite);

    /// <summary>The same SQL in DuckDB: scans of the dated steps joined to the cases, then a scan of the cases for the undated ones.</summary>
    [Benchmark]
    public List<(ExtraditionCase Case, DateCertainty Certainty)> DuckDb() => Ask(during.DuckDb);

    private protected override void Prepare()
    {
        const int Surrendered = 3;
        maxSpan = SqliteMirror.Scalar($"SELECT max(ordered_latest - ordered_earliest) FROM extradition_steps WHERE step = {Surrendered} AND span = 0");
        const string Certainty = "CASE WHEN s.ordered_earliest >= $start AND s.ordered_latest <= $end THEN 0 ELSE 1 END";
        const string Case = "c.ordinal = s.kase AND c.from_country = $from AND c.to_country = $to AND c.mechanism = $mechanism";
        during = PrepareSql(
            $"""
            SELECT ordinal, certainty FROM (
                SELECT c.ordinal, c.id, s.order_key AS sort_order, {Certainty} AS certainty
                FROM extradition_steps s JOIN extradition_cases c ON {Case}
                WHERE s.step = {Surrendered} AND s.span = 0 AND s.ordered_earliest BETWEEN $earliest AND $end AND s.ordered_latest >= $start
                UNION ALL
                SELECT c.ordinal, c.id, s.order_key, {Certainty}
                FROM extradition_steps s JOIN extradition_cases c ON {Case}
                WHERE s.step = {Surrendered} AND s.span = 1 AND s.ordered_earliest <= $end AND s.ordered_latest >= $start
                UNION ALL
                SELECT ordinal, id, NULL, 1
                FROM extradition_cases
                WHERE from_country = $from AND to_country = $to AND mechanism = $mechanism
                  AND surrendered_earliest IS NULL
                  AND outcome IN ({(int)ExtraditionOutcome.Surrendered}, {(int)ExtraditionOutcome.Unknown})
                  AND COALESCE(granted_earliest, {SqliteMirror.UnboundedStart}) <= $end
                  AND COALESCE(requested_earliest, {SqliteMirror.UnboundedStart}) <= $end
                  AND COALESCE(arrested_earliest, {SqliteMirror.UnboundedStart}) <= $end)
            ORDER BY sort_order IS NULL, sort_order, id
            """,
            "$start",
            "$end",
            "$earliest",
            "$from",
            "$to",
            "$mechanism");
    }

    private protected override AnswerKeys Answers() => new(
        Linq().Select(m => Key(m.Case, m.Certainty)),
        BorderCoop().Select(m => Key(m.Record, m.Certainty)),
        Sqlite().Select(m => Key(m.Case, m.Certainty)),
        DuckDb().Select(m => Key(m.Case, m.Certainty)))
    { InOrder = true };

    private List<(ExtraditionCase Case, DateCertainty Certainty)> Ask(DbCommand command)
    {
        var start = SqliteMirror.DayNumber(Period.Start);
        command.Parameters[0].Value = start;
        command.Parameters[1].Value = SqliteMirror.DayNumber(Period.End);
        command.Parameters[2].Value = start - maxSpan;
        command.Parameters[3].Value = From;
        command.Parameters[4].Value = To;
        command.Parameters[5].Value = (int)Mechanism;
        return SqlQuestion.Read(command, r => (Data.ExtraditionCases[r.GetInt32(0)], (DateCertainty)r.GetInt32(1)));
    }

    /// <summary>How sure the case was surrendered in the period; null when it cannot have been.</summary>
    private static DateCertainty? Surrender(ExtraditionCase extradition)
    {
        if (extradition.Surrendered is not { } surrendered)
        {
            return DateReadings.MayBeSurrenderedIn(extradition, Period) ? DateCertainty.Uncertain : null;
        }

        var (earliest, latest) = DateReadings.SurrenderDays(extradition, surrendered);
        return new DateReadings.Readings(earliest, latest, earliest, latest).Grade(Period);
    }
}
