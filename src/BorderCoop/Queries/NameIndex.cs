using System.Collections.Frozen;

namespace BorderCoop;

/// <summary>An index from folded names (see <see cref="TextKey"/>) to the records that bear them, built once.</summary>
/// <typeparam name="TRecord">The record type indexed.</typeparam>
internal sealed class NameIndex<TRecord>
    where TRecord : class, IRecord
{
    private const int StackFoldLength = 128;

    private readonly FrozenDictionary<string, ValueList<TRecord>> byKey;
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, ValueList<TRecord>>.AlternateLookup<ReadOnlySpan<char>> bySpan;
#endif

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
#if NET9_0_OR_GREATER
        bySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>
    /// The records bearing <paramref name="name"/> once folded. On .NET 9 and later an ASCII name (the usual "pgr",
    /// "DEA", "Border Patrol") is folded on the stack and looked up without allocating.
    /// </summary>
    public IReadOnlyList<TRecord> Find(string name)
    {
#if NET9_0_OR_GREATER
        Span<char> buffer = stackalloc char[StackFoldLength];
        if (TextKey.TryFoldAscii(name, buffer, out var written))
        {
            return bySpan.TryGetValue(buffer[..written], out var quick) ? quick : ValueList<TRecord>.Empty;
        }
#endif
        return byKey.TryGetValue(TextKey.Fold(name), out var found) ? found : ValueList<TRecord>.Empty;
    }
}
