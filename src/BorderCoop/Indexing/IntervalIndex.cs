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

    /// <summary>The items, in start order.</summary>
    public IReadOnlyList<T> Items => items;

    /// <summary>Adds to <paramref name="results"/>, in start order, every item whose span shares a day with <paramref name="first"/>..<paramref name="last"/>.</summary>
    public void Overlapping(LocalDate first, LocalDate last, List<T> results)
    {
        var sink = new ListSink(results);
        Visit(0, items.Length, first, last, ref sink);
    }

    /// <summary>
    /// Adds to <paramref name="results"/> what <paramref name="select"/> makes of each item whose span overlaps the
    /// days from <paramref name="first"/> to <paramref name="last"/>, in start order, skipping items it rejects:
    /// a query grades candidates as the index finds them, with no list of candidates in between.
    /// </summary>
    public void Overlapping<TResult>(LocalDate first, LocalDate last, Grader<T, TResult> select, PooledList<TResult> results)
    {
        var sink = new SelectSink<TResult>(select, results);
        Visit(0, items.Length, first, last, ref sink);
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

    private void Visit<TSink>(int low, int high, LocalDate first, LocalDate last, ref TSink sink)
        where TSink : struct, ISink
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
                Visit(low, mid, first, last, ref sink);
            }

            if (starts[mid] > last)
            {
                return; // this item and everything to its right start after the window
            }

            if (ends[mid] >= first)
            {
                sink.Add(items[mid]);
            }

            low = mid + 1; // continue with the right subtree without recursing
        }
    }

    /// <summary>Where the items found go; a struct, so the JIT specializes the walk for each kind of sink.</summary>
    private interface ISink
    {
        void Add(T item);
    }

    private readonly struct ListSink(List<T> results) : ISink
    {
        public void Add(T item) => results.Add(item);
    }

    private readonly struct SelectSink<TResult>(Grader<T, TResult> select, PooledList<TResult> results) : ISink
    {
        public void Add(T item)
        {
            if (select(item, out var result))
            {
                results.Add(result);
            }
        }
    }
}

/// <summary>Makes a result of an item, or rejects it (returns false): how a window query grades each candidate.</summary>
/// <typeparam name="T">The indexed item.</typeparam>
/// <typeparam name="TResult">The result.</typeparam>
internal delegate bool Grader<in T, TResult>(T item, out TResult result);
