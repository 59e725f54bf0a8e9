namespace BorderCoop;

/// <summary>
/// A record with the period a window query asks about, the readings it allows, and the latest evidence that an open
/// period was still running: worked out once when the index is built, so grading a candidate reads no record.
/// </summary>
/// <param name="Record">The record.</param>
/// <param name="Period">Its period, or null for a record the sources report running on a day but give no period for.</param>
/// <param name="Bounds">Every reading of the period.</param>
/// <param name="RunningAsOf">The latest dated evidence that the period was still running, for an open or missing end.</param>
internal readonly record struct PeriodEntry<TRecord>(TRecord Record, DateRange? Period, PeriodBounds Bounds, PartialDate? RunningAsOf)
    where TRecord : class, IRecord
{
    /// <summary>The entry of a record, or null when it has neither a period nor evidence that it was running.</summary>
    public static PeriodEntry<TRecord>? Of(TRecord record, DateRange? period, PartialDate? runningAsOf = null) =>
        period is not null ? new PeriodEntry<TRecord>(record, period, PeriodBounds.Of(period, runningAsOf), period.EndKind == DateBoundKind.Open && !Predates(runningAsOf, period) ? runningAsOf : null)
        : runningAsOf is not null ? new PeriodEntry<TRecord>(record, null, PeriodBounds.RunningOn(runningAsOf), runningAsOf)
        : null;

    /// <summary>The entry of a figure, or null when the sources give it neither a period nor an as-of day: its period is counted whole (<see cref="PeriodBounds.OfCount"/>).</summary>
    public static PeriodEntry<TRecord>? OfCount(TRecord record, DateRange? period) =>
        period is null ? null : new PeriodEntry<TRecord>(record, period, PeriodBounds.OfCount(period), null);

    /// <summary>Whether a report predates every day the period can have started: it is then no evidence of it running.</summary>
    private static bool Predates(PartialDate? runningAsOf, DateRange period) =>
        runningAsOf is not null && period.Start is { } start && runningAsOf.LatestDay < start.EarliestDay;

    /// <summary>The widest days any reading covers: what the interval index stores.</summary>
    public (NodaTime.LocalDate Start, NodaTime.LocalDate End) Widest => Bounds.Widest;
}
