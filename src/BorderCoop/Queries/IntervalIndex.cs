using NodaTime;

namespace BorderCoop;

/// <summary>
/// A static interval index: items with a span of days, sorted by start, answering "which spans overlap these days"
/// in O(log n + k). Each sorted position is the root of one implicit balanced subtree, and <c>maxEnd</c> holds the
/// latest end within that subtree, so whole subtrees that end too early (or start too late) are skipped.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class IntervalIndex<T>
{
    private readonly T[] items;
    private readonly LocalDate[] starts;
    private readonly LocalDate[] ends;
    private readonly LocalDate[] maxEnd;

    /// <summary>Builds the index; items whose span is null are left out.</summary>
    public IntervalIndex(IEnumerable<T> source, Func<T, (LocalDate Start, LocalDate End)?> span)
    {
        var entries = new List<(LocalDate Start, LocalDate End, T Item)>();
        foreach (var item in source)
        {
            if (span(item) is { } s)
            {
                entries.Add((s.Start, s.End, item));
            }
        }

        // A stable sort keeps dataset order among equal starts.
        var ordered = entries.Select((e, i) => (Entry: e, Order: i))
            .OrderBy(x => x.Entry.Start).ThenBy(x => x.Order)
            .Select(x => x.Entry).ToArray();
        items = ordered.Select(e => e.Item).ToArray();
        starts = ordered.Select(e => e.Start).ToArray();
        ends = ordered.Select(e => e.End).ToArray();
        maxEnd = new LocalDate[ordered.Length];
        if (ordered.Length > 0)
        {
            BuildMaxEnd(0, ordered.Length);
        }
    }

    /// <summary>The number of items indexed.</summary>
    public int Count => items.Length;

    /// <summary>Adds to <paramref name="results"/>, in start order, every item whose span shares a day with <paramref name="first"/>..<paramref name="last"/>.</summary>
    public void Overlapping(LocalDate first, LocalDate last, List<T> results)
    {
        if (items.Length > 0)
        {
            Visit(0, items.Length, first, last, results);
        }
    }

    private LocalDate BuildMaxEnd(int low, int high)
    {
        var mid = (low + high) >>> 1;
        var max = ends[mid];
        if (low < mid)
        {
            var left = BuildMaxEnd(low, mid);
            if (left > max)
            {
                max = left;
            }
        }

        if (mid + 1 < high)
        {
            var right = BuildMaxEnd(mid + 1, high);
            if (right > max)
            {
                max = right;
            }
        }

        return maxEnd[mid] = max;
    }

    private void Visit(int low, int high, LocalDate first, LocalDate last, List<T> results)
    {
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (maxEnd[mid] < first)
            {
                return; // nothing in this subtree reaches the window
            }

            if (low < mid)
            {
                Visit(low, mid, first, last, results);
            }

            if (starts[mid] > last)
            {
                return; // this item and everything to its right start after the window
            }

            if (ends[mid] >= first)
            {
                results.Add(items[mid]);
            }

            low = mid + 1; // continue with the right subtree without recursing
        }
    }
}
