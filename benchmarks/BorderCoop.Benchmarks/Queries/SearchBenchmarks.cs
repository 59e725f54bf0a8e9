using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace BorderCoop.Benchmarks;

/// <summary>
/// Full-text search (<see cref="BorderCoopData.Search"/>) for a person's first name and the start of an accented
/// surname, typed without accents: for the person in the middle of the dataset whose name has such a surname, such as
/// "jose garc" for José García. The answer is every record the two words find (the person, their cases, records
/// quoting them), since <c>maxResults</c> is unlimited.
/// </summary>
/// <remarks>
/// The three answers are compared as sets of record ids: the ranking is the library's own and is not checked, and of
/// the library's hits only those with every word in the record itself count (it also returns records with some of
/// the words, and records reached through a link, which the other two do not look for). SQLite
/// searches an FTS5 table of the same texts folded with <see cref="TextKey.Fold"/> in C#, so its tokenizer only splits
/// at spaces and the words are the library's; a query word of three letters or more becomes a prefix query
/// (<c>"garc"*</c>), a shorter one a whole word, as in the library.
/// </remarks>
[MemoryDiagnoser]
public class SearchBenchmarks : QueryBenchmarks
{
    private const int MaxResults = int.MaxValue;

    private string text = null!;
    private string[] words = null!;
    private SqliteCommand match = null!;

    private protected override string Question => $"Search(\"{text}\", {MaxResults})";

    /// <summary>
    /// Every record's searchable texts (<see cref="SqliteMirror.SearchableTexts"/>) folded and split into words on
    /// each call; a record is found when each query word is one of its words or, from three letters on, starts one.
    /// </summary>
    [Benchmark(Baseline = true)]
    public List<IRecord> Linq() => Data.Records
        .Where(r =>
        {
            var found = SqliteMirror.SearchableTexts(r, Data).OfType<string>()
                .SelectMany(t => TextKey.Fold(t).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .ToList();
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
        return SqliteMirror.Read(match, r => Data.Records[r.GetInt32(0)]);
    }

    private protected override void Prepare()
    {
        var person = FromMiddle(Data.People, p => Words(p.Name).Length >= 2 && Surname(p) is not null);
        text = $"{Words(person.Name)[0]} {Surname(person)![..4]}";
        words = Words(text);
        match = Mirror.Prepare("SELECT rowid FROM search WHERE search MATCH $query ORDER BY rowid", "$query");
    }

    private protected override AnswerKeys Answers() =>
        new(Linq().Select(r => r.Id), BorderCoop().Where(h => h.Via is null && h.MatchedWords.Count == words.Length).Select(h => h.Record.Id), Sqlite().Select(r => r.Id));

    private static string[] Words(string text) =>
        [.. TextKey.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>The first word after the first name that is accented and at least five letters long, folded.</summary>
    private static string? Surname(Person person) =>
        person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Where(w => w.Length >= 5 && !w.All(char.IsAscii))
            .Select(TextKey.Fold)
            .FirstOrDefault();
}
