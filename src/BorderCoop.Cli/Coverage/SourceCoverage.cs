namespace BorderCoop.Cli.Coverage;

/// <summary>
/// How much of one source's text the citations of a dataset quote: its sentences (see <see cref="SentenceSplitter"/>),
/// those some quote overlaps, the share of their text the quotes hold, and the numbers and dates (see
/// <see cref="NumbersAndDates"/>) that no quote holds in a sentence no reviewed passage (<see cref="NotEncodedPassage"/>)
/// sets aside.
/// </summary>
/// <remarks>
/// Every occurrence of a quote in the text counts, wherever it is (a quote may cut a sentence or span several). A
/// sentence counts as quoted when a quote shares a character with it, which is generous, so the share of the
/// sentences' text inside quotes is given too. A number or a date counts as quoted only when every one of its
/// characters is inside a quote: a quote of the first half of a sentence does not account for a year in its second
/// half. A reviewed passage sets aside only the sentences it holds whole.
/// </remarks>
internal sealed class SourceCoverage
{
    private SourceCoverage(
        string sourceId, IReadOnlyList<Sentence> sentences, int covered, double quotedTextShare, IReadOnlyList<UnquotedStatement> unquoted, int quotesNotFound)
    {
        SourceId = sourceId;
        Sentences = sentences;
        CoveredCount = covered;
        QuotedTextShare = quotedTextShare;
        Unquoted = unquoted;
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

    /// <summary>The share of the sentences' characters that are inside a quote, from 0 to 1 (1 for a text without sentences).</summary>
    public double QuotedTextShare { get; }

    /// <summary>The sentences with a number or a date that no quote holds and no reviewed passage sets aside, in text order.</summary>
    public IReadOnlyList<UnquotedStatement> Unquoted { get; }

    /// <summary>How many of the quotes given are nowhere in the text (none, for data whose quotes are checked).</summary>
    public int QuotesNotFound { get; }

    /// <summary>Measures <paramref name="text"/> against <paramref name="quotes"/> and the <paramref name="reviewed"/> passages of this source.</summary>
    public static SourceCoverage Measure(string sourceId, string text, IEnumerable<string> quotes, IEnumerable<string> reviewed)
    {
        var sentences = SentenceSplitter.Split(text);
        var quoted = new bool[text.Length];
        var quotesNotFound = 0;
        foreach (var quote in quotes.Distinct(StringComparer.Ordinal))
        {
            var found = false;
            foreach (var start in Occurrences(text, quote))
            {
                found = true;
                Array.Fill(quoted, true, start, quote.Length);
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

        var covered = 0;
        var characters = 0;
        var quotedCharacters = 0;
        var unquoted = new List<UnquotedStatement>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var inQuotes = quoted.AsSpan(sentence.Start, sentence.Length).Count(true);
            covered += inQuotes > 0 ? 1 : 0;
            characters += sentence.Length;
            quotedCharacters += inQuotes;
            if (setAside[i])
            {
                continue;
            }

            var mentions = NumbersAndDates.Find(sentence.Text)
                .Where(m => quoted.AsSpan(sentence.Start + m.Start, m.Length).Contains(false))
                .Select(m => sentence.Text.Substring(m.Start, m.Length))
                .ToList();
            if (mentions.Count > 0)
            {
                unquoted.Add(new UnquotedStatement(sentence, mentions));
            }
        }

        var textShare = characters == 0 ? 1 : (double)quotedCharacters / characters;
        return new SourceCoverage(sourceId, sentences, covered, textShare, unquoted, quotesNotFound);
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
