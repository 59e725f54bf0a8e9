using NodaTime;

namespace BorderCoop;

/// <summary>Runs a date-window query on an <see cref="IntervalIndex{T}"/> and grades each candidate.</summary>
internal static class DateWindow
{
    /// <summary>
    /// The items whose widest span touches <paramref name="period"/>, graded by <paramref name="grade"/> (null drops
    /// the item), followed by the <paramref name="undated"/> records that pass <paramref name="keepUndated"/>, each
    /// uncertain for <paramref name="undatedReason"/>.
    /// </summary>
    /// <typeparam name="TItem">What the index holds: the record itself, or a <see cref="PeriodEntry{TRecord}"/>.</typeparam>
    /// <typeparam name="T">The record type.</typeparam>
    public static ValueList<DatedMatch<T>> Query<TItem, T>(
        IntervalIndex<TItem> index,
        DateInterval period,
        Func<TItem, DatedMatch<T>?> grade,
        IReadOnlyList<T>? undated = null,
        string? undatedReason = null,
        Func<T, bool>? keepUndated = null)
        where T : class, IRecord
    {
        var matches = new List<DatedMatch<T>>();
        index.Overlapping(period.Start, period.End, grade, matches);

        foreach (var item in undated ?? [])
        {
            if (keepUndated is null || keepUndated(item))
            {
                matches.Add(new DatedMatch<T>(item, DateCertainty.Uncertain, undatedReason!));
            }
        }

        return ValueList<DatedMatch<T>>.From(matches);
    }
}
