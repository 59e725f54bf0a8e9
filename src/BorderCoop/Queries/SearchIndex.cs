using System.Collections.Frozen;

namespace BorderCoop;

/// <summary>
/// An inverted index over the folded words (see <see cref="TextKey"/>) of every record's names, descriptions, notes
/// and quotes, built once. A search needs every query word, each as a whole word or (from three letters on) as the
/// start of one; the hits are ranked by where the words were found.
/// </summary>
internal sealed class SearchIndex
{
    private const double PrefixFactor = 0.5;
    private const double WholeNameBonus = 20;
    private const int MinimumPrefixLength = 3;

    private readonly IReadOnlyList<IRecord> records;
    private readonly string[] words;
    private readonly Posting[][] postings;
    private readonly FrozenDictionary<string, ValueList<int>> wholeNames;

    public SearchIndex(BorderCoopData data)
    {
        records = data.Records;
        var byWord = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var names = new List<(string Name, int Record)>();
        for (var r = 0; r < records.Count; r++)
        {
            var best = new Dictionary<string, Posting>(StringComparer.Ordinal);
            foreach (var (text, field) in TextsOf(records[r], data))
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                var folded = TextKey.Fold(text);
                if (field == SearchField.Name)
                {
                    names.Add((folded, r));
                }

                foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
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
    }

    public ValueList<SearchHit> Search(string text, int maxResults)
    {
        var folded = TextKey.Fold(text);
        var queryWords = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
        if (queryWords.Length == 0 || maxResults == 0)
        {
            return ValueList<SearchHit>.Empty;
        }

        // Every record that has the first word, then narrowed word by word: a hit needs them all.
        Dictionary<int, (double Score, SearchField Fields)>? scores = null;
        foreach (var queryWord in queryWords)
        {
            var matches = Match(queryWord);
            if (scores is null)
            {
                scores = matches;
            }
            else
            {
                var narrowed = new Dictionary<int, (double Score, SearchField Fields)>();
                foreach (var (record, (score, fields)) in scores)
                {
                    if (matches.TryGetValue(record, out var match))
                    {
                        narrowed[record] = (score + match.Score, fields | match.Fields);
                    }
                }

                scores = narrowed;
            }

            if (scores.Count == 0)
            {
                return ValueList<SearchHit>.Empty;
            }
        }

        if (wholeNames.TryGetValue(folded, out var named))
        {
            foreach (var record in named)
            {
                if (scores!.TryGetValue(record, out var hit))
                {
                    scores[record] = (hit.Score + WholeNameBonus, hit.Fields);
                }
            }
        }

        return ValueList<SearchHit>.From(scores!
            .OrderByDescending(p => p.Value.Score).ThenBy(p => p.Key)
            .Take(maxResults)
            .Select(p => new SearchHit(records[p.Key], p.Value.Score, p.Value.Fields)));
    }

    /// <summary>For each record with a word equal to or (long enough) starting with <paramref name="queryWord"/>, its best weight.</summary>
    private Dictionary<int, (double Score, SearchField Fields)> Match(string queryWord)
    {
        var found = new Dictionary<int, (double Score, SearchField Fields)>();
        var first = Array.BinarySearch(words, queryWord, StringComparer.Ordinal);
        var exact = first >= 0;
        var start = exact ? first : ~first;
        for (var w = start; w < words.Length && words[w].StartsWith(queryWord, StringComparison.Ordinal); w++)
        {
            var isWhole = w == first;
            if (!isWhole && queryWord.Length < MinimumPrefixLength)
            {
                break;
            }

            foreach (var posting in postings[w])
            {
                var score = posting.Weight * (isWhole ? 1 : PrefixFactor);
                found[posting.Record] = found.TryGetValue(posting.Record, out var seen)
                    ? (Math.Max(seen.Score, score), seen.Fields | posting.Fields)
                    : (score, posting.Fields);
            }
        }

        return found;
    }

    private static double WeightOf(SearchField field) => field switch
    {
        SearchField.Name => 4,
        SearchField.Description => 2,
        _ => 1,
    };

    /// <summary>The searchable texts of a record, each with the kind of text it is.</summary>
    private static IEnumerable<(string? Text, SearchField Field)> TextsOf(IRecord record, BorderCoopData data)
    {
        IEnumerable<(string?, SearchField)> Names(params IEnumerable<string?> names) => names.Select(n => (n, SearchField.Name));
        IEnumerable<(string?, SearchField)> Descriptions(params IEnumerable<string?> texts) => texts.Select(t => (t, SearchField.Description));

        var texts = record switch
        {
            Source s => Names([s.Title, .. s.Authors, s.Outlet]).Concat(Descriptions(s.Description)),
            Agency a => Names([a.EnglishName, a.SpanishName, .. a.EnglishAcronyms, .. a.SpanishAcronyms, .. a.Aliases]),
            Person p => Names([p.Name, .. p.Aliases]).Concat(Descriptions(p.Roles.Select(r => r.Title))),
            Agreement a => Names([a.Title, .. a.Aliases]).Concat(Descriptions([a.Description, a.Venue, .. a.Provisions])),
            CooperationProgram p => Names([p.Name, .. p.Aliases]).Concat(Descriptions([p.Description, .. p.Places])),
            ExtraditionCase c => Names(data.Find(c.PersonId) is Person p ? [p.Name, .. p.Aliases] : [])
                .Concat(Descriptions([.. c.Charges, c.Organization, c.ArrestPlace])),
            ExtraditionFigure f => Descriptions(f.Nationality),
            BudgetLine b => Descriptions([b.Description, .. b.Qualifiers]),
            Figure f => Names(f.Measure).Concat(Descriptions(f.Subject, f.Place)),
            Event e => Names(e.Title).Concat(Descriptions(e.Description, e.Place)),
            Conflict c => Names(c.Title).Concat(Descriptions([c.Explanation, .. c.Versions.Select(v => v.Statement)])),
            _ => [],
        };

        var notes = record switch
        {
            Source s => s.Notes,
            Person p => p.Notes,
            Agreement a => a.Notes,
            CooperationProgram p => p.Notes,
            ExtraditionCase c => c.Notes,
            ExtraditionFigure f => f.Notes,
            BudgetLine b => b.Notes,
            Figure f => f.Notes,
            Event e => e.Notes,
            _ => null,
        };

        var quotes = record is ICitedRecord cited
            ? cited.Citations.Concat(record is Person person ? person.Roles.SelectMany(r => r.Citations) : []).Select(c => ((string?)c.Quote, SearchField.Quote))
            : [];

        return texts.Append((notes, SearchField.Notes)).Concat(quotes);
    }

    private readonly record struct Posting(int Record, double Weight, SearchField Fields);
}
