using System.Data.Common;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The timeline of one month (<see cref="BorderCoopData.TimelineFor"/> with a period and no other filter): the month
/// of the entry in the middle of the timeline. A window query whose answer keeps the entries known only to the year
/// or month, or only approximately, that may fall in it (an approximate date widened by one unit of its precision, a
/// bound reaching without limit on its open side). The answer keeps timeline order; the three are compared in order.
/// </summary>
[MemoryDiagnoser]
public class TimelineForBenchmarks : QueryBenchmarks
{
    private DateInterval period = null!;
    private SqlQuestion inPeriod = null!;
    private long maxSpan;

    private protected override string Question => $"TimelineFor({period})";

    /// <summary>Every timeline entry's possible days compared with the period.</summary>
    [Benchmark(Baseline = true)]
    public List<TimelineEntry> Linq() => Data.Timeline
        .Where(e => DateReadings.Earliest(e.Date) <= period.End && DateReadings.Latest(e.Date) >= period.Start)
        .ToList();

    /// <summary>The library's query: two binary searches on the ordered timeline.</summary>
    [Benchmark]
    public IReadOnlyList<TimelineEntry> BorderCoop() => Data.TimelineFor(period);

    /// <summary>
    /// A range of the index on the first possible day, bounded from below by the longest finite span of days an entry
    /// can cover (an approximate year: three years); then the entries given only as a bound, which reach without limit
    /// on one side.
    /// </summary>
    [Benchmark]
    public List<TimelineEntry> Sqlite() => Ask(inPeriod.Sqlite);

    /// <summary>The same SQL in DuckDB: scans of the timeline's days, which come in time order, so the zone maps narrow them.</summary>
    [Benchmark]
    public List<TimelineEntry> DuckDb() => Ask(inPeriod.DuckDb);

    private protected override void Prepare()
    {
        var middle = FromMiddle(Data.Timeline, e => !e.Date.IsBound).Date;
        var first = new LocalDate(middle.Year, middle.Month ?? 1, 1);
        period = new DateInterval(first, first.PlusMonths(1).PlusDays(-1));
        maxSpan = SqliteMirror.Scalar("SELECT max(date_latest - date_earliest) FROM timeline WHERE span = 0");
        inPeriod = PrepareSql(
            """
            SELECT ordinal FROM timeline WHERE span = 0 AND date_earliest BETWEEN $earliest AND $end AND date_latest >= $start
            UNION ALL
            SELECT ordinal FROM timeline WHERE span = 1 AND date_earliest <= $end AND date_latest >= $start
            ORDER BY ordinal
            """,
            "$start",
            "$end",
            "$earliest");
    }

    private protected override AnswerKeys Answers() => new(
        Linq().Select(e => e.ToString()),
        BorderCoop().Select(e => e.ToString()),
        Sqlite().Select(e => e.ToString()),
        DuckDb().Select(e => e.ToString()))
    { InOrder = true };

    private List<TimelineEntry> Ask(DbCommand command)
    {
        var start = SqliteMirror.DayNumber(period.Start);
        command.Parameters[0].Value = start;
        command.Parameters[1].Value = SqliteMirror.DayNumber(period.End);
        command.Parameters[2].Value = start - maxSpan;
        return SqlQuestion.Read(command, r => Data.Timeline[r.GetInt32(0)]);
    }
}
