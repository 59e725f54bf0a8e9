namespace BorderCoop;

/// <summary>A record with the bounds of its period, as a period index keeps them: graded without touching the record.</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <param name="Record">The record.</param>
/// <param name="Bounds">The bounds of its period.</param>
internal readonly record struct PeriodEntry<TRecord>(TRecord Record, PeriodBounds Bounds)
    where TRecord : class, IRecord
{
    /// <summary>An entry for <paramref name="record"/> when it has a <paramref name="period"/>; null otherwise.</summary>
    public static PeriodEntry<TRecord>? Of(TRecord record, DateRange? period) =>
        period is null ? null : new PeriodEntry<TRecord>(record, PeriodBounds.Of(period));

    /// <summary>The widest days the period can cover, the span an interval index files it under.</summary>
    public (NodaTime.LocalDate Start, NodaTime.LocalDate End) Widest => (Bounds.EarliestStart, Bounds.LatestEnd);
}
