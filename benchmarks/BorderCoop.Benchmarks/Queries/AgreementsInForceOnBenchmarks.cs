using System.Data.Common;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The agreements in force on 1 June 2008, with how sure that is (<see cref="BorderCoopData.AgreementsInForceOn"/>).
/// </summary>
/// <remarks>
/// The sources record no terminations, so every agreement that may have entered into force (or, lacking that date,
/// been signed or issued) by the day is in the answer: certain from the last day its entry into force can be,
/// uncertain before that or when only its signing is given; and every agreement with no date at all is listed as
/// uncertain. The answer grows with the dataset (k is a fixed share of n). It comes in time order of the entry into
/// force, those without one last, ties by id; the three answers are compared in order.
/// </remarks>
[MemoryDiagnoser]
public class AgreementsInForceOnBenchmarks : QueryBenchmarks
{
    private static readonly LocalDate Day = new(2008, 6, 1);

    private SqlQuestion inForce = null!;

    private protected override string Question => $"AgreementsInForceOn({Day:uuuu-MM-dd})";

    /// <summary>Every agreement's dates read, then sorted in time.</summary>
    [Benchmark(Baseline = true)]
    public List<(Agreement Agreement, DateCertainty Certainty)> Linq() => DateReadings.InTimeOrder(Data.Agreements
        .Select(a => (Agreement: a, Certainty: InForceOn(a), Date: a.InForce))
        .Where(m => m.Certainty is not null)
        .Select(m => (m.Agreement, m.Certainty!.Value, m.Date)));

    /// <summary>The library's query, with a reason for each match.</summary>
    [Benchmark]
    public IReadOnlyList<DatedMatch<Agreement>> BorderCoop() => Data.AgreementsInForceOn(Day);

    /// <summary>A range of the index on the first day an agreement may be in force, then the undated agreements.</summary>
    [Benchmark]
    public List<(Agreement Agreement, DateCertainty Certainty)> Sqlite() => Ask(inForce.Sqlite);

    /// <summary>The same SQL in DuckDB: scans of the first day an agreement may be in force.</summary>
    [Benchmark]
    public List<(Agreement Agreement, DateCertainty Certainty)> DuckDb() => Ask(inForce.DuckDb);

    private protected override void Prepare() => inForce = PrepareSql(
        """
        SELECT ordinal, certainty FROM (
            SELECT ordinal, id, in_force_order, CASE WHEN $day >= in_force_latest THEN 0 ELSE 1 END AS certainty
            FROM agreements WHERE effective_start <= $day
            UNION ALL
            SELECT ordinal, id, NULL, 1 FROM agreements WHERE effective_start IS NULL)
        ORDER BY in_force_order IS NULL, in_force_order, id
        """,
        "$day");

    private protected override AnswerKeys Answers() => new(
        Linq().Select(m => Key(m.Agreement, m.Certainty)),
        BorderCoop().Select(m => Key(m.Record, m.Certainty)),
        Sqlite().Select(m => Key(m.Agreement, m.Certainty)),
        DuckDb().Select(m => Key(m.Agreement, m.Certainty)))
    { InOrder = true };

    private List<(Agreement Agreement, DateCertainty Certainty)> Ask(DbCommand command)
    {
        command.Parameters[0].Value = SqliteMirror.DayNumber(Day);
        return SqlQuestion.Read(command, r => (Data.Agreements[r.GetInt32(0)], (DateCertainty)r.GetInt32(1)));
    }

    /// <summary>
    /// Null when the agreement cannot be in force yet (before the earliest day of its entry into force, or of its
    /// signing or issue when that is all that is given); certain from the latest day its entry into force can be;
    /// otherwise, and for an agreement with no date at all, uncertain.
    /// </summary>
    private static DateCertainty? InForceOn(Agreement agreement) =>
        (agreement.InForce ?? agreement.Signed ?? agreement.Issued) is not { } first ? DateCertainty.Uncertain
        : Day < DateReadings.Earliest(first) ? null
        : (agreement.Signed ?? agreement.Issued) is { } made && Day < DateReadings.Earliest(made) ? null
        : agreement.InForce is { } inForce && Day >= DateReadings.Latest(inForce) ? DateCertainty.Certain
        : DateCertainty.Uncertain;
}
