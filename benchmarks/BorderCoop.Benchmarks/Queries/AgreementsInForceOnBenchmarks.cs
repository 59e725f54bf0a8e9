using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The agreements in force on 1 June 2008, with how sure that is (<see cref="BorderCoopData.AgreementsInForceOn"/>).
/// </summary>
/// <remarks>
/// The sources record no terminations, so every agreement that entered into force (or, lacking that date, was signed)
/// before the day is in force: the answer grows with the dataset (k is a fixed share of n).
/// </remarks>
[MemoryDiagnoser]
public class AgreementsInForceOnBenchmarks : QueryBenchmarks
{
    private static readonly LocalDate Day = new(2008, 6, 1);

    private SqliteCommand inForce = null!;

    private protected override string Question => $"AgreementsInForceOn({Day:uuuu-MM-dd})";

    /// <summary>Every agreement's dates read: in force from the first possible day of entry into force, else of signing.</summary>
    [Benchmark(Baseline = true)]
    public List<(Agreement Agreement, DateCertainty Certainty)> Linq() => Data.Agreements
        .Select(a => (Agreement: a, Certainty: a.InForce is { } inForce
            ? Day < inForce.Start ? (DateCertainty?)null : Day > inForce.End && !inForce.IsApproximate ? DateCertainty.Certain : DateCertainty.Uncertain
            : a.Signed is { } signed && Day >= signed.Start ? DateCertainty.Uncertain : null))
        .Where(m => m.Certainty is not null)
        .Select(m => (m.Agreement, m.Certainty!.Value))
        .ToList();

    /// <summary>The library's query, with a reason for each match.</summary>
    [Benchmark]
    public IReadOnlyList<DatedMatch<Agreement>> BorderCoop() => Data.AgreementsInForceOn(Day);

    /// <summary>A range of the index on the first day an agreement may be in force.</summary>
    [Benchmark]
    public List<(Agreement Agreement, DateCertainty Certainty)> Sqlite()
    {
        inForce.Parameters[0].Value = SqliteMirror.DayNumber(Day);
        return SqliteMirror.Read(inForce, r => (Data.Agreements[r.GetInt32(0)], (DateCertainty)r.GetInt32(1)));
    }

    private protected override void Prepare() => inForce = Mirror.Prepare(
        """
        SELECT ordinal,
               CASE WHEN in_force_start IS NOT NULL AND $day > in_force_end AND in_force_approximate = 0 THEN 0 ELSE 1 END
        FROM agreements
        WHERE effective_start <= $day
        ORDER BY ordinal
        """,
        "$day");

    private protected override AnswerKeys Answers() => new(
        Linq().Select(m => Key(m.Agreement, m.Certainty)),
        BorderCoop().Select(m => Key(m.Record, m.Certainty)),
        Sqlite().Select(m => Key(m.Agreement, m.Certainty)));
}
