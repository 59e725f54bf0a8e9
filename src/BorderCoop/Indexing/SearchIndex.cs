using System.Collections.Frozen;

namespace BorderCoop;

/// <summary>
/// An inverted index over the words (folded by <see cref="TextKey"/>, singular and plural met by <see cref="WordStem"/>)
/// of every record's names, descriptions, notes and quotes, built once, with the links between records. A query word
/// matches as a whole word or (from three letters on) as the start of one. Records with every query word rank first,
/// then those with fewer; each record also reaches the records that point to it (a program its budget lines and
/// figures), ranked below it.
/// </summary>
internal sealed class SearchIndex
{
    private const double PrefixFactor = 0.5;
    private const double WholeNameBonus = 20;
    private const double LinkFactor = 0.5;
    private const int MinimumPrefixLength = 3;

    /// <summary>The most query words that count; a longer query's later words are ignored.</summary>
    private const int MaximumWords = 64;

    private readonly IReadOnlyList<IRecord> records;
    private readonly string[] words;
    private readonly Posting[][] postings;
    private readonly FrozenDictionary<string, ValueList<int>> wholeNames;
    private readonly int[][] linkedFrom;

    public SearchIndex(BorderCoopData data)
    {
        records = data.Records;
        var byWord = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var names = new List<(string Name, int Record)>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < records.Count; r++)
        {
            positions[records[r].Id] = r;
            var best = new Dictionary<string, Posting>(StringComparer.Ordinal);
            foreach (var (text, field) in TextsOf(records[r], data))
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                var stems = Stems(TextKey.Fold(text));
                if (field == SearchField.Name)
                {
                    names.Add((string.Join(' ', stems), r));
                }

                foreach (var word in stems)
                {
                    best[word] = best.TryGetValue(word, out var seen)
                        ? new Posting(r, Math.Max(seen.Weight, WeightOf(field)), seen.Fields | field)
                        : new Posting(r, WeightOf(field), field);
                }
            }

            foreach (var (word, posting) in best)
            {
                if (!byWord.TryGetValue(word, out var list))
                {
                    byWord[word] = list = [];
                }

                list.Add(posting);
            }
        }

        words = [.. byWord.Keys.Order(StringComparer.Ordinal)];
        postings = [.. words.Select(w => byWord[w].ToArray())];
        wholeNames = Grouping.ByKey(names, n => n.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(p => p.Key, p => ValueList<int>.From(p.Value.Select(n => n.Record).Distinct()), StringComparer.Ordinal);
        var links = records.Select(_ => new List<int>()).ToArray();
        for (var r = 0; r < records.Count; r++)
        {
            foreach (var target in RecordContents.Of(records[r]).Links().Select(x => positions[x.Id]).Distinct())
            {
                links[target].Add(r);
            }
        }

        linkedFrom = [.. links.Select(l => l.ToArray())];
    }

    public ValueList<SearchHit> Search(string text, int maxResults)
    {
        var folded = TextKey.Fold(text);
        var queryWords = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .DistinctBy(WordStem.Of, StringComparer.Ordinal)
            .Take(MaximumWords)
            .ToArray();
        if (queryWords.Length == 0 || maxResults == 0)
        {
            return ValueList<SearchHit>.Empty;
        }

        // Every record with at least one word, with the words it has and where.
        var direct = new Dictionary<int, Score>();
        for (var q = 0; q < queryWords.Length; q++)
        {
            foreach (var (record, (score, fields)) in Match(queryWords[q]))
            {
                direct[record] = direct.TryGetValue(record, out var seen)
                    ? new Score(seen.Value + score, seen.Fields | fields, seen.Words | (1UL << q), Via: null)
                    : new Score(score, fields, 1UL << q, Via: null);
            }
        }

        if (wholeNames.TryGetValue(string.Join(' ', Stems(folded)), out var named))
        {
            foreach (var record in named)
            {
                if (direct.TryGetValue(record, out var hit))
                {
                    direct[record] = hit with { Value = hit.Value + WholeNameBonus };
                }
            }
        }

        // The records that point to a record found by name are reached through it, ranked below it.
        var all = new Dictionary<int, Score>(direct);
        foreach (var (record, hit) in direct)
        {
            if (!hit.Fields.HasFlag(SearchField.Name))
            {
                continue;
            }

            foreach (var linked in linkedFrom[record])
            {
                // A record with words of its own adds those reached through the link (a figure with "labs" of a program named "SIU").
                // A record with words of its own gains the link's score, but never so much that it passes the record it
                // points to; it is reached through the link only when the link brings words it lacks (a figure with
                // "labs" of a program named "SIU").
                var reached = hit with { Value = hit.Value * LinkFactor, Via = record };
                if (direct.TryGetValue(linked, out var own))
                {
                    var gained = own.Value + reached.Value < hit.Value ? own.Value + reached.Value : own.Value;
                    reached = (reached.Words & ~own.Words) == 0
                        ? own with { Value = gained }
                        : new Score(own.Value + reached.Value, own.Fields | reached.Fields, own.Words | reached.Words, record);
                }

                if (!all.TryGetValue(linked, out var seen) || Ranks(reached, linked).CompareTo(Ranks(seen, linked)) < 0)
                {
                    all[linked] = reached;
                }
            }
        }

        return ValueList<SearchHit>.From(all
            .OrderBy(p => Ranks(p.Value, p.Key))
            .Take(maxResults)
            .Select(p => new SearchHit(
                records[p.Key],
                p.Value.Value,
                p.Value.Fields,
                ValueList<string>.From(queryWords.Where((_, q) => (p.Value.Words & (1UL << q)) != 0)),
                p.Value.Via is { } via ? records[via] : null)));
    }

    /// <summary>The search keys of the words of a folded text, in order (see <see cref="WordStem"/>).</summary>
    private static IEnumerable<string> Stems(string folded) =>
        folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(WordStem.Of);

    /// <summary>The sort key of a hit: more query words first, then a higher score, then dataset order.</summary>
    private static (int, double, int) Ranks(Score score, int record) =>
        (-System.Numerics.BitOperations.PopCount(score.Words), -score.Value, record);

    /// <summary>
    /// For each record with a word whose key (see <see cref="WordStem"/>) is that of <paramref name="queryWord"/>, or (the
    /// word long enough) that starts with it, its best weight.
    /// </summary>
    private Dictionary<int, (double Score, SearchField Fields)> Match(string queryWord)
    {
        var found = new Dictionary<int, (double Score, SearchField Fields)>();
        var stem = WordStem.Of(queryWord);
        Collect(found, Array.BinarySearch(words, stem, StringComparer.Ordinal), 1);
        if (queryWord.Length >= MinimumPrefixLength)
        {
            var first = Array.BinarySearch(words, queryWord, StringComparer.Ordinal);
            for (var w = first >= 0 ? first : ~first; w < words.Length && words[w].StartsWith(queryWord, StringComparison.Ordinal); w++)
            {
                if (words[w] != stem)
                {
                    Collect(found, w, PrefixFactor);
                }
            }
        }

        return found;
    }

    private void Collect(Dictionary<int, (double Score, SearchField Fields)> found, int word, double factor)
    {
        if (word < 0)
        {
            return;
        }

        foreach (var posting in postings[word])
        {
            var score = posting.Weight * factor;
            found[posting.Record] = found.TryGetValue(posting.Record, out var seen)
                ? (Math.Max(seen.Score, score), seen.Fields | posting.Fields)
                : (score, posting.Fields);
        }
    }

    private static double WeightOf(SearchField field) => field switch
    {
        SearchField.Name => 4,
        SearchField.Description => 2,
        _ => 1,
    };

    /// <summary>The searchable texts of a record, each with the kind of text it is: what the record says, then its quotes.</summary>
    private static IEnumerable<(string? Text, SearchField Field)> TextsOf(IRecord record, BorderCoopData data)
    {
        var contents = RecordContents.Of(record);
        return contents.SearchTexts(data.Find).Concat(contents.AllCitations().Select(c => ((string?)c.Citation.Quote, SearchField.Quote)));
    }

    private readonly record struct Posting(int Record, double Weight, SearchField Fields);

    /// <summary>A record's standing in one search: its score, where its words were found, which query words (bits) it has, and the record it was reached through.</summary>
    private readonly record struct Score(double Value, SearchField Fields, ulong Words, int? Via);
}
