using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The timeline of one month (<see cref="BorderCoopData.TimelineFor"/> with a period and no other filter): the month
/// of the entry in the middle of the timeline. A window query whose answer keeps the entries known only to the year
/// or month that may fall in it.
/// </summary>
[MemoryDiagnoser]
public class TimelineForBenchmarks : QueryBenchmarks
{
    private DateInterval period = null!;
    private SqliteCommand inPeriod = null!;

    private protected override string Question => $"TimelineFor({period})";

    /// <summary>Every timeline entry's possible days compared with the period.</summary>
    [Benchmark(Baseline = true)]
    public List<TimelineEntry> Linq() => Data.Timeline.Where(e => e.Date.Start <= period.End && e.Date.End >= period.Start).ToList();

    /// <summary>The library's query: two binary searches on the ordered timeline.</summary>
    [Benchmark]
    public IReadOnlyList<TimelineEntry> BorderCoop() => Data.TimelineFor(period);

    /// <summary>
    /// A range of the index on the first possible day. A partial date spans at most a year, so an entry that can reach
    /// into the period starts at most 366 days before it: that bounds the range from below.
    /// </summary>
    [Benchmark]
    public List<TimelineEntry> Sqlite()
    {
        var start = SqliteMirror.DayNumber(period.Start);
        inPeriod.Parameters[0].Value = start;
        inPeriod.Parameters[1].Value = SqliteMirror.DayNumber(period.End);
        inPeriod.Parameters[2].Value = start - 366;
        return SqliteMirror.Read(inPeriod, r => Data.Timeline[r.GetInt32(0)]);
    }

    private protected override void Prepare()
    {
        var middle = FromMiddle(Data.Timeline, _ => true).Date.Start;
        var first = new LocalDate(middle.Year, middle.Month, 1);
        period = new DateInterval(first, first.PlusMonths(1).PlusDays(-1));
        inPeriod = Mirror.Prepare(
            "SELECT ordinal FROM timeline WHERE date_start BETWEEN $earliest AND $end AND date_end >= $start ORDER BY ordinal",
            "$start",
            "$end",
            "$earliest");
    }

    private protected override AnswerKeys Answers() => new(
        Linq().Select(e => e.ToString()),
        BorderCoop().Select(e => e.ToString()),
        Sqlite().Select(e => e.ToString()));
}
