namespace BorderCoop.Cli.Coverage;

/// <summary>
/// How much of one source's text the citations of a dataset quote: its sentences (see <see cref="SentenceSplitter"/>),
/// those some quote overlaps, and the sentences stating a number or a date (see <see cref="NumbersAndDates"/>) that no
/// quote overlaps and no reviewed passage (<see cref="NotEncodedPassage"/>) holds.
/// </summary>
/// <remarks>
/// A quote covers every sentence it shares a character with, wherever it occurs in the text (a quote may cut a sentence
/// or span several). A reviewed passage sets aside only the sentences it holds whole.
/// </remarks>
internal sealed class SourceCoverage
{
    private SourceCoverage(string sourceId, IReadOnlyList<Sentence> sentences, int covered, IReadOnlyList<Sentence> uncovered, int quotesNotFound)
    {
        SourceId = sourceId;
        Sentences = sentences;
        CoveredCount = covered;
        UncoveredNumbersAndDates = uncovered;
        QuotesNotFound = quotesNotFound;
    }

    /// <summary>The source's id.</summary>
    public string SourceId { get; }

    /// <summary>Every sentence of the text.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>How many sentences some quote overlaps.</summary>
    public int CoveredCount { get; }

    /// <summary>The share of sentences some quote overlaps, from 0 to 1 (1 for a text without sentences).</summary>
    public double Share => Sentences.Count == 0 ? 1 : (double)CoveredCount / Sentences.Count;

    /// <summary>The sentences that state a number or a date, that no quote overlaps and no reviewed passage holds, in text order.</summary>
    public IReadOnlyList<Sentence> UncoveredNumbersAndDates { get; }

    /// <summary>How many of the quotes given are nowhere in the text (none, for data whose quotes are checked).</summary>
    public int QuotesNotFound { get; }

    /// <summary>Measures <paramref name="text"/> against <paramref name="quotes"/> and the <paramref name="reviewed"/> passages of this source.</summary>
    public static SourceCoverage Measure(string sourceId, string text, IEnumerable<string> quotes, IEnumerable<string> reviewed)
    {
        var sentences = SentenceSplitter.Split(text);
        var covered = new bool[sentences.Count];
        var quotesNotFound = 0;
        foreach (var quote in quotes.Distinct(StringComparer.Ordinal))
        {
            var found = false;
            foreach (var start in Occurrences(text, quote))
            {
                found = true;
                for (var i = 0; i < sentences.Count; i++)
                {
                    covered[i] |= sentences[i].Overlaps(start, start + quote.Length);
                }
            }

            quotesNotFound += found ? 0 : 1;
        }

        var setAside = new bool[sentences.Count];
        foreach (var passage in reviewed.Distinct(StringComparer.Ordinal))
        {
            foreach (var start in Occurrences(text, passage))
            {
                for (var i = 0; i < sentences.Count; i++)
                {
                    setAside[i] |= sentences[i].IsWithin(start, start + passage.Length);
                }
            }
        }

        var uncovered = sentences.Where((s, i) => !covered[i] && !setAside[i] && NumbersAndDates.Has(s.Text)).ToList();
        return new SourceCoverage(sourceId, sentences, covered.Count(c => c), uncovered, quotesNotFound);
    }

    /// <summary>Every quote of <paramref name="data"/>, by the id of the source it cites: records', people's roles' and conflicts' versions'.</summary>
    public static ILookup<string, string> QuotesBySource(BorderCoopData data) =>
        data.Records.OfType<ICitedRecord>()
            .SelectMany(r => r.Citations.Concat(r is Person person ? person.Roles.SelectMany(role => role.Citations) : []))
            .ToLookup(c => c.SourceId, c => c.Quote, StringComparer.Ordinal);

    /// <summary>Every index at which <paramref name="part"/> occurs in <paramref name="text"/> (none for an empty part).</summary>
    private static IEnumerable<int> Occurrences(string text, string part)
    {
        if (part.Length == 0)
        {
            yield break;
        }

        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
