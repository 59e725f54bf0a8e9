namespace BorderCoop;

/// <summary>
/// Puts a list that is already in time order into the order the sources state, where the two differ: a consequence is
/// never listed before its cause, however coarse their dates.
/// </summary>
internal static class StatedOrder
{
    /// <summary>
    /// The items of <paramref name="sorted"/>, each moved after every item it must follow, otherwise in the given order:
    /// of the items whose predecessors are all placed, the earliest in <paramref name="sorted"/> comes next (a stable
    /// topological sort). Pairs are only compared among items of the same record, or of a record and the one it is
    /// stated to come after (<paramref name="after"/>), so the cost stays near linear.
    /// </summary>
    /// <param name="sorted">The items in time order.</param>
    /// <param name="entry">The timeline entry of an item.</param>
    /// <param name="mustFollow">Whether the first entry must come after the second, both of one record.</param>
    /// <param name="after">The id of the record whose every entry an entry must follow, or null.</param>
    public static T[] Apply<T>(T[] sorted, Func<T, TimelineEntry> entry, Func<TimelineEntry, TimelineEntry, bool> mustFollow, Func<TimelineEntry, string?> after)
    {
        // Edges between the entries of one record only.
        var byRecord = new Dictionary<IRecord, List<int>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < sorted.Length; i++)
        {
            var record = entry(sorted[i]).Record;
            if (!byRecord.TryGetValue(record, out var positions))
            {
                byRecord[record] = positions = [];
            }

            positions.Add(i);
        }

        var waitingFor = new int[sorted.Length];
        var followers = new List<int>?[sorted.Length];
        var anyEdge = false;
        foreach (var positions in byRecord.Values)
        {
            foreach (var later in positions)
            {
                foreach (var earlier in positions)
                {
                    if (later != earlier && mustFollow(entry(sorted[later]), entry(sorted[earlier])))
                    {
                        waitingFor[later]++;
                        (followers[earlier] ??= []).Add(later);
                        anyEdge = true;
                    }
                }
            }
        }

        var byId = byRecord.ToDictionary(p => p.Key.Id, p => p.Value, StringComparer.Ordinal);
        for (var later = 0; later < sorted.Length; later++)
        {
            if (after(entry(sorted[later])) is { } id && byId.TryGetValue(id, out var earlierPositions))
            {
                foreach (var earlier in earlierPositions)
                {
                    waitingFor[later]++;
                    (followers[earlier] ??= []).Add(later);
                    anyEdge = true;
                }
            }
        }

        if (!anyEdge)
        {
            return sorted;
        }

        var ready = new PriorityQueue<int, int>();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (waitingFor[i] == 0)
            {
                ready.Enqueue(i, i);
            }
        }

        var result = new T[sorted.Length];
        var count = 0;
        while (ready.TryDequeue(out var next, out _))
        {
            result[count++] = sorted[next];
            foreach (var follower in followers[next] ?? [])
            {
                if (--waitingFor[follower] == 0)
                {
                    ready.Enqueue(follower, follower);
                }
            }
        }

        // A stated order with a cycle (two events each said to come after the other) cannot be honoured: keep time order.
        return count == sorted.Length ? result : sorted;
    }
}
