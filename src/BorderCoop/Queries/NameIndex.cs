using System.Collections.Frozen;

namespace BorderCoop;

/// <summary>An index from folded names (see <see cref="TextKey"/>) to the records that bear them, built once.</summary>
/// <typeparam name="TRecord">The record type indexed.</typeparam>
internal sealed class NameIndex<TRecord>
    where TRecord : class, IRecord
{
    private readonly FrozenDictionary<string, ValueList<TRecord>> byKey;

    public NameIndex(IEnumerable<TRecord> records, Func<TRecord, IEnumerable<string?>> names)
    {
        var keys = new Dictionary<string, List<TRecord>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var name in names(record).Append(record.Id))
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    continue;
                }

                var key = TextKey.Fold(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!keys.TryGetValue(key, out var list))
                {
                    keys[key] = list = [];
                }

                if (!list.Contains(record))
                {
                    list.Add(record);
                }
            }
        }

        byKey = keys.ToFrozenDictionary(p => p.Key, p => ValueList<TRecord>.From(p.Value), StringComparer.Ordinal);
    }

    public IReadOnlyList<TRecord> Find(string name) =>
        byKey.TryGetValue(TextKey.Fold(name), out var found) ? found : ValueList<TRecord>.Empty;
}
