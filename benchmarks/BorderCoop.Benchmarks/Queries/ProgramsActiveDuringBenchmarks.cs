using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The programs that ran at some time in 2008, with how sure that is (<see cref="BorderCoopData.ProgramsActiveDuring"/>):
/// a window query on the library's interval index, followed by the undated programs as uncertain.
/// </summary>
/// <remarks>
/// Proposed and planned programs never ran and are never in the answer. The undated programs are a fixed share of all
/// programs, so the answer grows with the dataset.
/// </remarks>
[MemoryDiagnoser]
public class ProgramsActiveDuringBenchmarks : QueryBenchmarks
{
    private static readonly DateInterval Period = new(new LocalDate(2008, 1, 1), new LocalDate(2008, 12, 31));

    private SqliteCommand activeDuring = null!;

    private protected override string Question => $"ProgramsActiveDuring({Period})";

    /// <summary>Every program that can have run graded against the period with the library's rule (<see cref="PeriodBounds.Grade"/>), without the evidence of later reports.</summary>
    [Benchmark(Baseline = true)]
    public List<(CooperationProgram Program, DateCertainty Certainty)> Linq() => Data.Programs
        .Where(p => p.Status is not (ProgramStatus.Proposed or ProgramStatus.Planned))
        .Select(p => (Program: p, Certainty: p.Period is { } period ? Graded(PeriodBounds.Of(period).Grade(Period)) : DateCertainty.Uncertain))
        .Where(m => m.Certainty is not null)
        .Select(m => (m.Program, m.Certainty!.Value))
        .ToList();

    /// <summary>The library's query, with a reason for each match.</summary>
    [Benchmark]
    public IReadOnlyList<DatedMatch<CooperationProgram>> BorderCoop() => Data.ProgramsActiveDuring(Period);

    /// <summary>
    /// A range of the index on the earliest possible start, checked against the latest possible end; an undated program
    /// reaches from the first day to the last, so the same range finds it, and its unknown bounds make it uncertain.
    /// </summary>
    [Benchmark]
    public List<(CooperationProgram Program, DateCertainty Certainty)> Sqlite()
    {
        activeDuring.Parameters[0].Value = SqliteMirror.DayNumber(Period.Start);
        activeDuring.Parameters[1].Value = SqliteMirror.DayNumber(Period.End);
        return SqliteMirror.Read(activeDuring, r => (Data.Programs[r.GetInt32(0)], (DateCertainty)r.GetInt32(1)));
    }

    private protected override void Prepare() => activeDuring = Mirror.Prepare(
        $"""
        SELECT ordinal,
               CASE WHEN latest_start <= $end AND earliest_end >= $start AND approximate = 0 THEN 0 ELSE 1 END
        FROM programs
        WHERE earliest_start <= $end AND latest_end >= $start
          AND status NOT IN ({(int)ProgramStatus.Proposed}, {(int)ProgramStatus.Planned})
        ORDER BY ordinal
        """,
        "$start",
        "$end");

    private protected override AnswerKeys Answers() => new(
        Linq().Select(m => Key(m.Program, m.Certainty)),
        BorderCoop().Select(m => Key(m.Record, m.Certainty)),
        Sqlite().Select(m => Key(m.Program, m.Certainty)));

    private static DateCertainty? Graded((DateOverlap Overlap, DateCertainty Certainty) grade) =>
        grade.Overlap == DateOverlap.Outside ? null : grade.Certainty;
}
