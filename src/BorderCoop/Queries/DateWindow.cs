using NodaTime;

namespace BorderCoop;

/// <summary>Runs a date-window query on an <see cref="IntervalIndex{T}"/> and grades each candidate.</summary>
internal static class DateWindow
{
    /// <summary>
    /// The items whose widest span touches <paramref name="period"/>, graded by <paramref name="grade"/> (null drops
    /// the item), followed by the <paramref name="undated"/> items, each uncertain for <paramref name="undatedReason"/>.
    /// </summary>
    public static ValueList<DatedMatch<T>> Query<T>(
        IntervalIndex<T> index,
        DateInterval period,
        Func<T, DatedMatch<T>?> grade,
        IReadOnlyList<T>? undated = null,
        string? undatedReason = null,
        Func<T, bool>? filter = null)
        where T : class, IRecord
    {
        var candidates = new List<T>();
        index.Overlapping(period.Start, period.End, candidates);
        var matches = new List<DatedMatch<T>>(candidates.Count + (undated?.Count ?? 0));
        foreach (var candidate in candidates)
        {
            if ((filter is null || filter(candidate)) && grade(candidate) is { } match)
            {
                matches.Add(match);
            }
        }

        foreach (var item in undated ?? [])
        {
            if (filter is null || filter(item))
            {
                matches.Add(new DatedMatch<T>(item, DateCertainty.Uncertain, undatedReason!));
            }
        }

        return ValueList<DatedMatch<T>>.From(matches);
    }
}
