using System.Data.Common;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The programs that ran at some time in 2008, with how sure that is (<see cref="BorderCoopData.ProgramsActiveDuring"/>):
/// a window query on the library's interval index, followed by the undated programs as uncertain.
/// </summary>
/// <remarks>
/// Proposed and planned programs never ran and are never in the answer. A program is certain when every reading of
/// its period overlaps the question. A period still running when last reported runs, certainly, until the latest dated
/// evidence (the publication of a source that cites it, or a figure about it counted as of a day); an active program
/// with no period but such evidence was running on that day. The undated programs are a fixed share of all programs,
/// so the answer grows with the dataset. It comes in time order (start, else end, else the evidence; the undated last;
/// ties by id), and the three answers are compared in order.
/// </remarks>
[MemoryDiagnoser]
public class ProgramsActiveDuringBenchmarks : QueryBenchmarks
{
    private static readonly DateInterval Period = new(new LocalDate(2008, 1, 1), new LocalDate(2008, 12, 31));

    private SqlQuestion activeDuring = null!;

    private protected override string Question => $"ProgramsActiveDuring({Period})";

    /// <summary>
    /// Every program that can have run graded against the period; the evidence that open programs were still running
    /// is gathered on each call, from the sources and figures, as a query over the public lists must.
    /// </summary>
    [Benchmark(Baseline = true)]
    public List<(CooperationProgram Program, DateCertainty Certainty)> Linq()
    {
        var sources = Data.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var figures = Data.Figures.Where(f => f.ProgramId is not null && f.AsOf is not null).ToLookup(f => f.ProgramId!, StringComparer.Ordinal);
        return DateReadings.InTimeOrder(Data.Programs
            .Where(p => p.Status is not (ProgramStatus.Proposed or ProgramStatus.Planned))
            .Select(p => (Program: p, RunningAsOf: DateReadings.RunningAsOf(p, sources, figures)))
            .Select(m => (m.Program, Certainty: Grade(m.Program.Period, m.RunningAsOf), Date: SortDate(m.Program.Period, m.RunningAsOf), End: m.Program.Period?.End))
            .Where(m => m.Certainty is not null)
            .Select(m => (m.Program, m.Certainty!.Value, m.Date, m.End)));
    }

    /// <summary>The library's query, with a reason for each match.</summary>
    [Benchmark]
    public IReadOnlyList<DatedMatch<CooperationProgram>> BorderCoop() => Data.ProgramsActiveDuring(Period);

    /// <summary>
    /// A range of the index on the earliest possible start, checked against the latest possible end; an undated program
    /// reaches from the first day to the last, so the same range finds it, and it is uncertain.
    /// </summary>
    [Benchmark]
    public List<(CooperationProgram Program, DateCertainty Certainty)> Sqlite() => Ask(activeDuring.Sqlite);

    /// <summary>The same SQL in DuckDB: a scan of the programs' readings.</summary>
    [Benchmark]
    public List<(CooperationProgram Program, DateCertainty Certainty)> DuckDb() => Ask(activeDuring.DuckDb);

    private protected override void Prepare() => activeDuring = PrepareSql(
        $"""
        SELECT ordinal,
               CASE WHEN dated = 1 AND latest_start <= $end AND earliest_end >= $start THEN 0 ELSE 1 END
        FROM programs
        WHERE earliest_start <= $end AND latest_end >= $start
          AND status NOT IN ({(int)ProgramStatus.Proposed}, {(int)ProgramStatus.Planned})
        ORDER BY sort_order IS NULL, sort_order, end_order IS NULL, end_order, id
        """,
        "$start",
        "$end");

    private protected override AnswerKeys Answers() => new(
        Linq().Select(m => Key(m.Program, m.Certainty)),
        BorderCoop().Select(m => Key(m.Record, m.Certainty)),
        Sqlite().Select(m => Key(m.Program, m.Certainty)),
        DuckDb().Select(m => Key(m.Program, m.Certainty)))
    { InOrder = true };

    private List<(CooperationProgram Program, DateCertainty Certainty)> Ask(DbCommand command)
    {
        command.Parameters[0].Value = SqliteMirror.DayNumber(Period.Start);
        command.Parameters[1].Value = SqliteMirror.DayNumber(Period.End);
        return SqlQuestion.Read(command, r => (Data.Programs[r.GetInt32(0)], (DateCertainty)r.GetInt32(1)));
    }

    /// <summary>How sure a program ran in the period: its period's readings, or, with none, those of the evidence; undated, uncertain.</summary>
    private static DateCertainty? Grade(DateRange? period, PartialDate? runningAsOf) =>
        period is not null ? DateReadings.Of(period, runningAsOf).Grade(Period)
        : runningAsOf is not null ? DateReadings.RunningOn(runningAsOf).Grade(Period)
        : DateCertainty.Uncertain;

    /// <summary>What a program sorts by: its start, else its end, else the evidence that it was running.</summary>
    private static PartialDate? SortDate(DateRange? period, PartialDate? runningAsOf) =>
        period?.Start ?? period?.End ?? runningAsOf;
}
