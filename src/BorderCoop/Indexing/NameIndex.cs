using System.Collections.Frozen;

namespace BorderCoop;

/// <summary>
/// An index from folded names (see <see cref="TextKey"/>) to the items that bear them, built once: whole names and ids
/// are looked up directly; the start of a name, whole words and parts of words are found from the words of the names,
/// so a query looks at the vocabulary of names, never at every item.
/// </summary>
/// <typeparam name="T">The items indexed: records, or plain names such as places.</typeparam>
internal sealed class NameIndex<T>
    where T : class
{
    /// <summary>The fewest letters that match the start or a part of a word; shorter texts match whole names and words only.</summary>
    public const int MinimumPartLength = 3;

    private const int StackFoldLength = 128;

    private readonly FrozenDictionary<string, ValueList<T>> byKey;
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, ValueList<T>>.AlternateLookup<ReadOnlySpan<char>> bySpan;
#endif
    private readonly FrozenDictionary<string, ValueList<Entry>> byId;
    private readonly Entry[] names;
    private readonly string[] words;
    private readonly int[][] namesByWord;

    /// <summary>Indexes <paramref name="items"/> by their names and, where <paramref name="id"/> gives one, their id.</summary>
    public NameIndex(IEnumerable<T> items, Func<T, IEnumerable<string>> namesOf, Func<T, string?> id)
    {
        var keys = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var ids = new List<Entry>();
        var entries = new List<Entry>();
        var order = 0;
        foreach (var item in items)
        {
            foreach (var name in namesOf(item))
            {
                var key = TextKey.Fold(name);
                if (key.Length > 0)
                {
                    Add(keys, key, item);
                    entries.Add(new Entry(item, order, name, key));
                }
            }

            if (id(item) is { } itemId)
            {
                var key = TextKey.Fold(itemId);
                Add(keys, key, item);
                ids.Add(new Entry(item, order, itemId, key));
            }

            order++;
        }

        byKey = keys.ToFrozenDictionary(p => p.Key, p => ValueList<T>.From(p.Value), StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        bySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        byId = Grouping.ByKey(ids, e => e.Folded, StringComparer.Ordinal);
        names = [.. entries];
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var n = 0; n < names.Length; n++)
        {
            foreach (var word in names[n].Folded.Split(' ').Distinct(StringComparer.Ordinal))
            {
                if (!byWord.TryGetValue(word, out var list))
                {
                    byWord[word] = list = [];
                }

                list.Add(n);
            }
        }

        words = [.. byWord.Keys.Order(StringComparer.Ordinal)];
        namesByWord = [.. words.Select(w => byWord[w].ToArray())];
    }

    /// <summary>
    /// The items with <paramref name="name"/> as a whole name or id, once folded, in the order indexed. On .NET 9 and
    /// later an ASCII name (the usual "pgr", "DEA", "Border Patrol") is folded on the stack and looked up without allocating.
    /// </summary>
    public IReadOnlyList<T> Find(string name)
    {
#if NET9_0_OR_GREATER
        Span<char> buffer = stackalloc char[StackFoldLength];
        if (TextKey.TryFoldAscii(name, buffer, out var written))
        {
            return bySpan.TryGetValue(buffer[..written], out var quick) ? quick : ValueList<T>.Empty;
        }
#endif
        return byKey.TryGetValue(TextKey.Fold(name), out var found) ? found : ValueList<T>.Empty;
    }

    /// <summary>
    /// Every item that <paramref name="text"/> names, each once with its best match (see <see cref="NameMatchKind"/>),
    /// best first and then in the order indexed; among an item's names matching equally well, the first it lists.
    /// </summary>
    public IReadOnlyList<Found> Match(string text)
    {
        var query = TextKey.Fold(text);
        if (query.Length == 0)
        {
            return [];
        }

        var best = new Dictionary<T, Found>(ReferenceEqualityComparer.Instance);
        foreach (var entry in byId.Get(query))
        {
            best[entry.Item] = new Found(entry.Item, entry.Order, NameMatchKind.Id, entry.Name);
        }

        foreach (var n in Candidates(query))
        {
            var entry = names[n];
            if (Classify(entry.Folded, query) is { } kind
                && (!best.TryGetValue(entry.Item, out var seen) || kind < seen.Kind))
            {
                best[entry.Item] = new Found(entry.Item, entry.Order, kind, entry.Name);
            }
        }

        return [.. best.Values.OrderBy(m => m.Kind).ThenBy(m => m.Order)];
    }

    /// <summary>How <paramref name="query"/> matches the folded <paramref name="name"/>, or null when it does not.</summary>
    internal static NameMatchKind? Classify(string name, string query)
    {
        if (name == query)
        {
            return NameMatchKind.ExactName;
        }

        var partial = query.Length >= MinimumPartLength;
        var found = false;
        for (var at = name.IndexOf(query, StringComparison.Ordinal); at >= 0; at = name.IndexOf(query, at + 1, StringComparison.Ordinal))
        {
            var startsWord = at == 0 || name[at - 1] == ' ';
            var endsWord = at + query.Length == name.Length || name[at + query.Length] == ' ';
            if (at == 0 && (partial || endsWord))
            {
                return NameMatchKind.NameStart;
            }

            if (startsWord && endsWord)
            {
                return NameMatchKind.WholeWord;
            }

            found = true;
        }

        return found && partial ? NameMatchKind.WordPart : null;
    }

    /// <summary>
    /// The names that may match <paramref name="query"/>: those with a word holding its first word (a match puts the first
    /// word of the query inside a word of the name), or for a short query only a word equal to it.
    /// </summary>
    private IEnumerable<int> Candidates(string query)
    {
        var space = query.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? query : query[..space];
        if (query.Length < MinimumPartLength)
        {
            var w = Array.BinarySearch(words, first, StringComparer.Ordinal);
            return w >= 0 ? namesByWord[w] : [];
        }

        var candidates = new HashSet<int>();
        for (var w = 0; w < words.Length; w++)
        {
            if (words[w].Contains(first, StringComparison.Ordinal))
            {
                candidates.UnionWith(namesByWord[w]);
            }
        }

        // In the order indexed, so that among an item's names matching equally well the first it lists is kept.
        return candidates.Order();
    }

    private static void Add(Dictionary<string, List<T>> keys, string key, T item)
    {
        if (!keys.TryGetValue(key, out var list))
        {
            keys[key] = list = [];
        }

        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }

    /// <summary>One item found, with how and by which of its names, and its place in the order indexed.</summary>
    public readonly record struct Found(T Item, int Order, NameMatchKind Kind, string Name);

    private readonly record struct Entry(T Item, int Order, string Name, string Folded);
}
