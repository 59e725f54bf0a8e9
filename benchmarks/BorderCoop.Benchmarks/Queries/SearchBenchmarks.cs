using System.Data.Common;
using BenchmarkDotNet.Attributes;

namespace BorderCoop.Benchmarks;

/// <summary>
/// Full-text search (<see cref="BorderCoopData.Search"/>) for a person's first name and the start of an accented
/// surname, typed without accents: for the person in the middle of the dataset whose name has such a surname, such as
/// "jose garc" for José García. The answer is every record the two words find (the person, their cases, records
/// quoting them), since <c>maxResults</c> is unlimited.
/// </summary>
/// <remarks>
/// The four answers are compared as sets of record ids: the ranking is the library's own and is not checked, and of
/// the library's hits only those with every word in the record itself count (it also returns records with some of
/// the words, and records reached through a link, which the others do not look for). SQLite
/// searches an FTS5 table of the same texts folded with <see cref="TextKey.Fold"/> in C#, so its tokenizer only splits
/// at spaces and the words are the library's; a query word of three letters or more becomes a prefix query
/// (<c>"garc"*</c>), a shorter one a whole word, as in the library. DuckDB has no full-text index here
/// (<see cref="DuckDbMirror"/>), so it looks the same words up in a table of (word, record) pairs sorted by word:
/// one range of words per query word, the records intersected.
/// </remarks>
[MemoryDiagnoser]
public class SearchBenchmarks : QueryBenchmarks
{
    private const int MaxResults = int.MaxValue;

    private string text = null!;
    private string[] words = null!;
    private DbCommand match = null!;
    private DbCommand wordsMatch = null!;

    private protected override string Question => $"Search(\"{text}\", {MaxResults})";

    /// <summary>
    /// Every record's searchable texts folded and split into words on each call (<see cref="SqliteMirror.SearchableWords"/>);
    /// a record is found when each query word is one of its words or, from three letters on, starts one.
    /// </summary>
    [Benchmark(Baseline = true)]
    public List<IRecord> Linq() => Data.Records
        .Where(r =>
        {
            var found = SqliteMirror.SearchableWords(r, Data).ToList();
            return words.All(q => found.Any(w => w == q || (q.Length >= 3 && w.StartsWith(q, StringComparison.Ordinal))));
        })
        .ToList();

    /// <summary>The library's inverted index, with ranking.</summary>
    [Benchmark]
    public IReadOnlyList<SearchHit> BorderCoop() => Data.Search(text, MaxResults);

    /// <summary>An FTS5 match of every word, prefix queries for words of three letters or more.</summary>
    [Benchmark]
    public List<IRecord> Sqlite()
    {
        match.Parameters[0].Value = string.Join(' ', words.Select(w => w.Length >= 3 ? $"\"{w}\"*" : $"\"{w}\""));
        return SqlQuestion.Read(match, r => Data.Records[r.GetInt32(0)]);
    }

    /// <summary>
    /// The records with a word in the range of each query word, intersected: from the word up to the next prefix for
    /// words of three letters or more, the word alone for a shorter one.
    /// </summary>
    [Benchmark]
    public List<IRecord> DuckDb()
    {
        var n = 0;
        foreach (var word in words)
        {
            wordsMatch.Parameters[n++].Value = word;
            if (word.Length >= 3)
            {
                wordsMatch.Parameters[n++].Value = NextPrefix(word);
            }
        }

        return SqlQuestion.Read(wordsMatch, r => Data.Records[r.GetInt32(0)]);
    }

    private protected override void Prepare()
    {
        var person = FromMiddle(Data.People, p => Words(p.Name).Length >= 2 && Surname(p) is not null);
        text = $"{Words(person.Name)[0]} {Surname(person)![..4]}";
        words = Words(text);
        match = SqliteMirror.Prepare("SELECT rowid FROM search WHERE search MATCH $query ORDER BY rowid", "$query");
        var ranges = words.Select((w, i) => w.Length >= 3 ? $"word >= $from{i} AND word < $to{i}" : $"word = $from{i}");
        wordsMatch = DuckDbMirror.Prepare(
            $"{string.Join(" INTERSECT ", ranges.Select(r => $"SELECT DISTINCT record FROM search_words WHERE {r}"))} ORDER BY record",
            [.. words.SelectMany((w, i) => w.Length >= 3 ? [$"$from{i}", $"$to{i}"] : new[] { $"$from{i}" })]);
    }

    private protected override AnswerKeys Answers() => new(
        Linq().Select(r => r.Id),
        BorderCoop().Where(h => h.Via is null && h.MatchedWords.Count == words.Length).Select(h => h.Record.Id),
        Sqlite().Select(r => r.Id),
        DuckDb().Select(r => r.Id));

    /// <summary>The first text after every text that starts with <paramref name="prefix"/>: its last character raised by one.</summary>
    private static string NextPrefix(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    private static string[] Words(string text) =>
        [.. TextKey.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>The first word after the first name that is accented and at least five letters long, folded.</summary>
    private static string? Surname(Person person) =>
        person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Where(w => w.Length >= 5 && !w.All(char.IsAscii))
            .Select(TextKey.Fold)
            .FirstOrDefault();
}
