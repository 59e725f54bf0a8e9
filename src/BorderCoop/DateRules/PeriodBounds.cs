using NodaTime;

namespace BorderCoop;

/// <summary>
/// Every reading a partially known period allows, as four days: the earliest and latest it can start, the earliest
/// and latest it can end. Unknown and open sides reach to <see cref="LocalDate.MinIsoValue"/> or
/// <see cref="LocalDate.MaxIsoValue"/>; approximate dates are widened by one unit of their precision
/// (<see cref="PartialDate.EarliestDay"/>). Worked out once per record when an index is built, so a window query grades
/// candidates from these values instead of following pointers from each record to its dates.
/// </summary>
/// <param name="EarliestStart">The first day it can start.</param>
/// <param name="LatestStart">The last day it can start.</param>
/// <param name="EarliestEnd">The first day it can end: never before it can start, and never before the latest evidence that it was still running.</param>
/// <param name="LatestEnd">The last day it can end.</param>
internal readonly record struct PeriodBounds(LocalDate EarliestStart, LocalDate LatestStart, LocalDate EarliestEnd, LocalDate LatestEnd)
{
    /// <summary>The readings of <paramref name="period"/>, given the latest evidence that an open period was still running.</summary>
    /// <param name="period">The period.</param>
    /// <param name="runningAsOf">The latest dated evidence that the period was still under way, or null; it counts only for an open end.</param>
    public static PeriodBounds Of(DateRange period, PartialDate? runningAsOf = null)
    {
        var earliestStart = period.Start?.EarliestDay ?? LocalDate.MinIsoValue;

        // A report from before the period can have started says nothing of it running: it is not evidence.
        if (runningAsOf is not null && runningAsOf.LatestDay < earliestStart)
        {
            runningAsOf = null;
        }

        var latestEnd = period.End?.LatestDay ?? LocalDate.MaxIsoValue;
        var latestStart = period.StartKind switch
        {
            DateBoundKind.Known => period.Start!.LatestDay,
            DateBoundKind.Open => LocalDate.MinIsoValue,
            _ => latestEnd,
        };
        var earliestEnd = period.EndKind switch
        {
            DateBoundKind.Known => period.End!.EarliestDay,
            DateBoundKind.Open when runningAsOf is not null => runningAsOf.EarliestDay,
            _ => earliestStart,
        };

        // A reading starts before it ends: the latest start is no later than the latest end, the earliest end no
        // earlier than the earliest start; and it had started by the time it was reported running.
        if (period.EndKind == DateBoundKind.Open && runningAsOf is not null && runningAsOf.LatestDay < latestStart)
        {
            latestStart = runningAsOf.LatestDay;
        }

        return new(
            earliestStart,
            LocalDate.Min(latestStart, latestEnd),
            LocalDate.Max(earliestEnd, earliestStart),
            latestEnd);
    }

    /// <summary>
    /// The readings of the period a figure counts: "between 1995 and 2000" counts whole years, from the first day of
    /// 1995 to the last of 2000, so its known ends are not uncertain days the way a program's end is; only an approximate
    /// or bounded end, or an unknown one, leaves room.
    /// </summary>
    public static PeriodBounds OfCount(DateRange period)
    {
        var readings = Of(period);
        var latestStart = period.Start is { IsApproximate: false, Qualifier: DateQualifier.Exact } start ? start.Start : readings.LatestStart;
        var earliestEnd = period.End is { IsApproximate: false, Qualifier: DateQualifier.Exact } end ? end.End : readings.EarliestEnd;
        return readings with { LatestStart = LocalDate.Min(latestStart, readings.LatestEnd), EarliestEnd = LocalDate.Max(earliestEnd, readings.EarliestStart) };
    }

    /// <summary>The readings of a record whose period is not given but which the sources report running on <paramref name="runningAsOf"/>.</summary>
    public static PeriodBounds RunningOn(PartialDate runningAsOf) =>
        new(LocalDate.MinIsoValue, runningAsOf.LatestDay, runningAsOf.EarliestDay, LocalDate.MaxIsoValue);

    /// <summary>The readings of a single date: it starts and ends on the same, partly known, day.</summary>
    public static PeriodBounds Of(PartialDate date) => new(date.EarliestDay, date.LatestDay, date.EarliestDay, date.LatestDay);

    /// <summary>The widest days any reading covers: what an interval index stores.</summary>
    public (LocalDate Start, LocalDate End) Widest => (EarliestStart, LatestEnd);

    /// <summary>
    /// How the period lies against <paramref name="question"/>: <see cref="DateOverlap.Outside"/> when no reading touches
    /// it; <see cref="DateOverlap.Within"/> or <see cref="DateOverlap.Covers"/> when every reading does so; otherwise
    /// <see cref="DateOverlap.PartlyOverlaps"/>, certain only when every reading overlaps.
    /// </summary>
    public (DateOverlap Overlap, DateCertainty Certainty) Grade(DateInterval question)
    {
        if (LatestEnd < question.Start || EarliestStart > question.End)
        {
            return (DateOverlap.Outside, DateCertainty.Uncertain);
        }

        if (EarliestStart >= question.Start && LatestEnd <= question.End)
        {
            return (DateOverlap.Within, DateCertainty.Certain);
        }

        if (LatestStart <= question.Start && EarliestEnd >= question.End)
        {
            return (DateOverlap.Covers, DateCertainty.Certain);
        }

        return (DateOverlap.PartlyOverlaps, LatestStart <= question.End && EarliestEnd >= question.Start ? DateCertainty.Certain : DateCertainty.Uncertain);
    }
}
