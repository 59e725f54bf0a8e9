using System.Data.Common;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The agreements signed (or, for norms one government issues, issued) from 1996 to 1998, with how sure that is
/// (<see cref="BorderCoopData.AgreementsSignedIn"/>): a window query whose dated answer is a small share of the
/// dataset, followed by every agreement the sources do not date, as uncertain.
/// </summary>
/// <remarks>
/// A signing is certain when every day it can be (an approximate date widened by one unit of its precision, a bound
/// reaching without limit on its open side) lies in the period; uncertain when only some do. The answer comes in time
/// order (the date, then the undated agreements, ties by id), and the three answers are compared in order.
/// </remarks>
[MemoryDiagnoser]
public class AgreementsSignedInBenchmarks : QueryBenchmarks
{
    private static readonly DateInterval Period = new(new LocalDate(1996, 1, 1), new LocalDate(1998, 12, 31));

    private SqlQuestion signedIn = null!;
    private long maxSpan;

    private protected override string Question => $"AgreementsSignedIn({Period})";

    /// <summary>Every agreement's signing (or issue) graded against the period, then sorted in time.</summary>
    [Benchmark(Baseline = true)]
    public List<(Agreement Agreement, DateCertainty Certainty)> Linq() => DateReadings.InTimeOrder(Data.Agreements
        .Select(a => (Agreement: a, Date: a.Signed ?? a.Issued))
        .Select(m => (m.Agreement, Certainty: m.Date is null ? DateCertainty.Uncertain : DateReadings.Of(m.Date).Grade(Period), m.Date))
        .Where(m => m.Certainty is not null)
        .Select(m => (m.Agreement, m.Certainty!.Value, m.Date)));

    /// <summary>The library's query, with a reason for each match.</summary>
    [Benchmark]
    public IReadOnlyList<DatedMatch<Agreement>> BorderCoop() => Data.AgreementsSignedIn(Period);

    /// <summary>
    /// A range of the index on the earliest day of signing, bounded from below by the longest finite span of days a
    /// signing can cover; then the signings that reach without limit on a side ("by 1997"), and the undated ones.
    /// </summary>
    [Benchmark]
    public List<(Agreement Agreement, DateCertainty Certainty)> Sqlite() => Ask(signedIn.Sqlite);

    /// <summary>The same SQL in DuckDB: scans of the agreements' signing days.</summary>
    [Benchmark]
    public List<(Agreement Agreement, DateCertainty Certainty)> DuckDb() => Ask(signedIn.DuckDb);

    private protected override void Prepare()
    {
        maxSpan = SqliteMirror.Scalar("SELECT max(made_latest - made_earliest) FROM agreements WHERE made_span = 0");
        const string Certainty = "CASE WHEN made_earliest >= $start AND made_latest <= $end THEN 0 ELSE 1 END";
        signedIn = PrepareSql(
            $"""
            SELECT ordinal, certainty FROM (
                SELECT ordinal, id, made_order, {Certainty} AS certainty FROM agreements
                WHERE made_span = 0 AND made_earliest BETWEEN $earliest AND $end AND made_latest >= $start
                UNION ALL
                SELECT ordinal, id, made_order, {Certainty} FROM agreements
                WHERE made_span = 1 AND made_earliest <= $end AND made_latest >= $start
                UNION ALL
                SELECT ordinal, id, NULL, 1 FROM agreements WHERE made_span = 2)
            ORDER BY made_order IS NULL, made_order, id
            """,
            "$start",
            "$end",
            "$earliest");
    }

    private protected override AnswerKeys Answers() => new(
        Linq().Select(m => Key(m.Agreement, m.Certainty)),
        BorderCoop().Select(m => Key(m.Record, m.Certainty)),
        Sqlite().Select(m => Key(m.Agreement, m.Certainty)),
        DuckDb().Select(m => Key(m.Agreement, m.Certainty)))
    { InOrder = true };

    private List<(Agreement Agreement, DateCertainty Certainty)> Ask(DbCommand command)
    {
        var start = SqliteMirror.DayNumber(Period.Start);
        command.Parameters[0].Value = start;
        command.Parameters[1].Value = SqliteMirror.DayNumber(Period.End);
        command.Parameters[2].Value = start - maxSpan;
        return SqlQuestion.Read(command, r => (Data.Agreements[r.GetInt32(0)], (DateCertainty)r.GetInt32(1)));
    }
}
