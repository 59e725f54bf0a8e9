using NodaTime;

namespace BorderCoop;

/// <summary>
/// What a partially known period allows, as four days and a flag: the earliest and latest it can start, the earliest
/// and latest it can end, and whether a bound is only approximate. Worked out once per record when an index is built,
/// so a window query grades candidates from these values, kept side by side in the index, instead of following
/// pointers from each record to its period and dates.
/// </summary>
/// <param name="EarliestStart">The first day it can start; <see cref="LocalDate.MinIsoValue"/> for an unknown or open start.</param>
/// <param name="LatestStart">The last day it can start; <see cref="LocalDate.MinIsoValue"/> for an open start (it truly reaches back), null for an unknown one.</param>
/// <param name="EarliestEnd">The first day it can end, or null when the end is unknown or open.</param>
/// <param name="LatestEnd">The last day it can end; <see cref="LocalDate.MaxIsoValue"/> for an unknown or open end.</param>
/// <param name="IsApproximate">Whether the start or the end is given only approximately.</param>
internal readonly record struct PeriodBounds(LocalDate EarliestStart, LocalDate? LatestStart, LocalDate? EarliestEnd, LocalDate LatestEnd, bool IsApproximate)
{
    /// <summary>The bounds of <paramref name="period"/>.</summary>
    public static PeriodBounds Of(DateRange period) => new(
        period.Start?.Start ?? LocalDate.MinIsoValue,
        period.StartKind switch
        {
            DateBoundKind.Known => period.Start!.End,
            DateBoundKind.Open => LocalDate.MinIsoValue,
            _ => null,
        },
        period.EndKind == DateBoundKind.Known ? period.End!.Start : null,
        period.End?.End ?? LocalDate.MaxIsoValue,
        period.Start?.IsApproximate == true || period.End?.IsApproximate == true);

    /// <summary>
    /// How surely the period overlaps <paramref name="interval"/>: certain when even its narrowest reading does
    /// (known bounds, not approximate), uncertain when only its widest reading does, null when not even that.
    /// </summary>
    public DateCertainty? Overlap(DateInterval interval)
    {
        if (LatestEnd < interval.Start || EarliestStart > interval.End)
        {
            return null;
        }

        return LatestStart is { } latestStart && EarliestEnd is { } earliestEnd
            && latestStart <= interval.End && earliestEnd >= interval.Start && !IsApproximate
            ? DateCertainty.Certain
            : DateCertainty.Uncertain;
    }
}
