using System.Data.Common;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The aggregate extradition figures from Mexico to the United States for 1996–2000, with how sure each overlap is
/// (<see cref="BorderCoopData.ExtraditionFiguresFor"/>), then the figures of that direction the sources do not date,
/// as uncertain.
/// </summary>
/// <remarks>
/// A figure counts a period, or a single day it is counted as of, counted whole (an exact side is its first or last day);
/// it is certain when every reading of that period (approximate years widened by a year, open or unknown sides
/// reaching without limit) overlaps the question. The answer comes in time order (start, else end, then end; the
/// undated last; ties by id); the three answers are compared in order.
/// </remarks>
[MemoryDiagnoser]
public class ExtraditionFiguresForBenchmarks : QueryBenchmarks
{
    private const string From = "MX";
    private const string To = "US";
    private static readonly DateInterval Period = new(new LocalDate(1996, 1, 1), new LocalDate(2000, 12, 31));

    private SqlQuestion figuresFor = null!;

    private protected override string Question => $"ExtraditionFiguresFor({Period}, {From}, {To})";

    /// <summary>Every figure's direction and period (or as-of date) compared with the question, then sorted in time.</summary>
    [Benchmark(Baseline = true)]
    public List<(ExtraditionFigure Figure, DateCertainty Certainty)> Linq() => DateReadings.InTimeOrder(Data.ExtraditionFigures
        .Where(f => f.From == From && f.To == To)
        .Select(f => (Figure: f, Counted: f.Period ?? (f.AsOf is { } asOf ? DateRange.Single(asOf) : null)))
        .Select(m => (m.Figure, Certainty: m.Counted is null ? DateCertainty.Uncertain : DateReadings.OfCount(m.Counted).Grade(Period), Date: m.Counted?.Start ?? m.Counted?.End, End: m.Counted?.End))
        .Where(m => m.Certainty is not null)
        .Select(m => (m.Figure, m.Certainty!.Value, m.Date, m.End)));

    /// <summary>The library's query, with a reason for each match.</summary>
    [Benchmark]
    public IReadOnlyList<DatedMatch<ExtraditionFigure>> BorderCoop() => Data.ExtraditionFiguresFor(Period, From, To);

    /// <summary>
    /// A range of the index on direction and earliest start. Figures without a date are stored as reaching without
    /// limit both ways, so the window condition keeps them, as the question does.
    /// </summary>
    [Benchmark]
    public List<(ExtraditionFigure Figure, DateCertainty Certainty)> Sqlite() => Ask(figuresFor.Sqlite);

    /// <summary>The same SQL in DuckDB: a scan of the direction and period columns.</summary>
    [Benchmark]
    public List<(ExtraditionFigure Figure, DateCertainty Certainty)> DuckDb() => Ask(figuresFor.DuckDb);

    private protected override void Prepare() => figuresFor = PrepareSql(
        """
        SELECT ordinal,
               CASE WHEN dated = 1 AND latest_start <= $end AND earliest_end >= $start THEN 0 ELSE 1 END
        FROM extradition_figures
        WHERE from_country = $from AND to_country = $to AND earliest_start <= $end AND latest_end >= $start
        ORDER BY sort_order IS NULL, sort_order, end_order IS NULL, end_order, id
        """,
        "$from",
        "$to",
        "$start",
        "$end");

    private protected override AnswerKeys Answers() => new(
        Linq().Select(m => Key(m.Figure, m.Certainty)),
        BorderCoop().Select(m => Key(m.Record, m.Certainty)),
        Sqlite().Select(m => Key(m.Figure, m.Certainty)),
        DuckDb().Select(m => Key(m.Figure, m.Certainty)))
    { InOrder = true };

    private List<(ExtraditionFigure Figure, DateCertainty Certainty)> Ask(DbCommand command)
    {
        command.Parameters[0].Value = From;
        command.Parameters[1].Value = To;
        command.Parameters[2].Value = SqliteMirror.DayNumber(Period.Start);
        command.Parameters[3].Value = SqliteMirror.DayNumber(Period.End);
        return SqlQuestion.Read(command, r => (Data.ExtraditionFigures[r.GetInt32(0)], (DateCertainty)r.GetInt32(1)));
    }
}
