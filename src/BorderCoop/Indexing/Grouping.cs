using System.Collections.Frozen;

namespace BorderCoop;

/// <summary>Builds the frozen "key to records" lookups behind the query helpers.</summary>
internal static class Grouping
{
    /// <summary>
    /// Maps each key to the items that carry it, in source order; an item carrying the same key twice is listed once.
    /// </summary>
    public static FrozenDictionary<TKey, ValueList<T>> By<TKey, T>(IEnumerable<T> items, Func<T, IEnumerable<TKey?>> keys, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var groups = new Dictionary<TKey, List<T>>(comparer);
        foreach (var item in items)
        {
            foreach (var key in keys(item))
            {
                if (key is null)
                {
                    continue;
                }

                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                if (list.Count == 0 || !ReferenceEquals(list[^1], item))
                {
                    list.Add(item);
                }
            }
        }

        return groups.ToFrozenDictionary(g => g.Key, g => ValueList<T>.From(g.Value), comparer);
    }

    /// <summary>Maps each key to the items that carry it, in source order; items whose key is null are left out.</summary>
    public static FrozenDictionary<TKey, ValueList<T>> ByKey<TKey, T>(IEnumerable<T> items, Func<T, TKey?> key, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull =>
        By<TKey, T>(items, item => key(item) is { } k ? [k] : [], comparer);

    /// <summary>The group for <paramref name="key"/>, or an empty list.</summary>
    public static ValueList<T> Get<TKey, T>(this FrozenDictionary<TKey, ValueList<T>> groups, TKey key)
        where TKey : notnull =>
        groups.TryGetValue(key, out var found) ? found : ValueList<T>.Empty;
}
