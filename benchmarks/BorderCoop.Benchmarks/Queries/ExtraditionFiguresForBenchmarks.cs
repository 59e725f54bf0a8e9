using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The aggregate extradition figures from Mexico to the United States for 1996–2000, with how sure each overlap is
/// (<see cref="BorderCoopData.ExtraditionFiguresFor"/>).
/// </summary>
[MemoryDiagnoser]
public class ExtraditionFiguresForBenchmarks : QueryBenchmarks
{
    private const string From = "MX";
    private const string To = "US";
    private static readonly DateInterval Period = new(new LocalDate(1996, 1, 1), new LocalDate(2000, 12, 31));

    private SqliteCommand figuresFor = null!;

    private protected override string Question => $"ExtraditionFiguresFor({Period}, {From}, {To})";

    /// <summary>Every figure's direction and period (or as-of date) compared with the question.</summary>
    [Benchmark(Baseline = true)]
    public List<(ExtraditionFigure Figure, DateCertainty Certainty)> Linq() => Data.ExtraditionFigures
        .Where(f => f.From == From && f.To == To)
        .Select(f => (Figure: f, Certainty: Overlap(f)))
        .Where(m => m.Certainty is not null)
        .Select(m => (m.Figure, m.Certainty!.Value))
        .ToList();

    /// <summary>The library's query, with a reason for each match.</summary>
    [Benchmark]
    public IReadOnlyList<DatedMatch<ExtraditionFigure>> BorderCoop() => Data.ExtraditionFiguresFor(Period, From, To);

    /// <summary>
    /// A range of the index on direction and earliest start. Figures without a date are stored as reaching without
    /// limit both ways, so the window condition keeps them, as the question does.
    /// </summary>
    [Benchmark]
    public List<(ExtraditionFigure Figure, DateCertainty Certainty)> Sqlite()
    {
        figuresFor.Parameters[0].Value = From;
        figuresFor.Parameters[1].Value = To;
        figuresFor.Parameters[2].Value = SqliteMirror.DayNumber(Period.Start);
        figuresFor.Parameters[3].Value = SqliteMirror.DayNumber(Period.End);
        return SqliteMirror.Read(figuresFor, r => (Data.ExtraditionFigures[r.GetInt32(0)], (DateCertainty)r.GetInt32(1)));
    }

    private protected override void Prepare() => figuresFor = Mirror.Prepare(
        """
        SELECT ordinal,
               CASE WHEN has_period = 1 AND latest_start <= $end AND earliest_end >= $start AND approximate = 0 THEN 0 ELSE 1 END
        FROM extradition_figures
        WHERE from_country = $from AND to_country = $to AND earliest_start <= $end AND latest_end >= $start
        ORDER BY ordinal
        """,
        "$from",
        "$to",
        "$start",
        "$end");

    private protected override AnswerKeys Answers() => new(
        Linq().Select(m => Key(m.Figure, m.Certainty)),
        BorderCoop().Select(m => Key(m.Record, m.Certainty)),
        Sqlite().Select(m => Key(m.Figure, m.Certainty)));

    /// <summary>
    /// Whether the figure's span may overlap the period: null when it surely does not; certain when its latest start
    /// and earliest end both fall inside and neither bound is approximate. An as-of date is a span of one date; a
    /// figure with neither may concern any period.
    /// </summary>
    private static DateCertainty? Overlap(ExtraditionFigure figure)
    {
        var start = figure.Period is { } period ? period.Start : figure.AsOf;
        var end = figure.Period is { } p ? p.End : figure.AsOf;
        if (figure.Period is null && figure.AsOf is null)
        {
            return DateCertainty.Uncertain;
        }

        if ((end is not null && end.End < Period.Start) || (start is not null && start.Start > Period.End))
        {
            return null;
        }

        var startKnownOrOpen = start is not null ? start.End <= Period.End : figure.Period!.StartKind == DateBoundKind.Open;
        var certain = startKnownOrOpen && end is not null && end.Start >= Period.Start
            && start?.IsApproximate != true && !end.IsApproximate;
        return certain ? DateCertainty.Certain : DateCertainty.Uncertain;
    }
}
