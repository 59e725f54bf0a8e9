using System.Text.RegularExpressions;

namespace BorderCoop.Cli.Coverage;

/// <summary>
/// Splits a source document (plain text with a little Markdown) into sentences, for <c>bordercoop coverage</c>.
/// </summary>
/// <remarks>
/// <para>The rule, in order:</para>
/// <list type="number">
/// <item>A line break always ends a sentence (the documents write one paragraph per line), so a Markdown heading
/// (<c># Title</c>), a list item (<c>- item</c>, <c>1. item</c>), a chart title or a footnote is a sentence of its own;
/// blank lines are none. A list item's marker (<c>-</c>, <c>*</c>, <c>1.</c>, <c>#</c>) stays in the sentence but never
/// ends it.</item>
/// <item>Inside a line a sentence ends after <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c> (a run of them, as in an ellipsis
/// <c>...</c>), with any closing quotes, brackets, emphasis marks and footnote numbers (<c>”</c>, <c>)</c>, <c>*</c>,
/// <c>³</c>) that follow, when white space comes next and then something that is not a lower-case letter or a digit.</item>
/// <item>A period does not end a sentence after an abbreviation: a title or other common abbreviation (<c>Mr.</c>,
/// <c>Dr.</c>, <c>Gen.</c>, <c>Jan.</c>, <c>Aug.</c>, <c>Inc.</c>, <c>vs.</c>, …), a dotted initialism
/// (<c>U.S.</c>, <c>D.C.</c>, <c>e.g.</c>) or a single capital initial (<c>John F. Kennedy</c>). So "the U.S. The"
/// is one sentence: a sentence that ends with an initialism is joined to the next, which errs towards fewer, longer
/// sentences rather than cutting "U.S. officials".</item>
/// </list>
/// </remarks>
internal static partial class SentenceSplitter
{
    /// <summary>Words that end with a period without ending a sentence (compared without the period, ignoring case).</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Gov", "Sen",
        "Rep", "Pres", "Amb", "Atty", "Hon", "Rev", "vs", "etc", "approx", "Vol", "pp", "cf", "al", "Inc",
        "Co", "Corp", "Ltd", "Dept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>The sentences of <paramref name="text"/>, in order (see the remarks on <see cref="SentenceSplitter"/> for the rule).</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var lineStart = 0;
        var lineNumber = 1;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            SplitLine(text, lineStart, lineEnd, lineNumber, sentences);
            lineStart = lineEnd + 1;
            lineNumber++;
        }

        return sentences;
    }

    /// <summary>Adds the sentences of the line <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/>.</summary>
    private static void SplitLine(string text, int start, int end, int line, List<Sentence> sentences)
    {
        var marker = ListMarker().Match(text, start, end - start);
        var sentenceStart = start;
        for (var i = start + (marker.Success ? marker.Length : 0); i < end; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var stop = i;
            while (stop + 1 < end && text[stop + 1] is '.' or '!' or '?' or '…')
            {
                stop++;
            }

            var close = stop + 1;
            while (close < end && IsClosing(text[close]))
            {
                close++;
            }

            var next = close;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            var ends = next > close && next < end && !char.IsLower(text[next]) && !char.IsAsciiDigit(text[next])
                && !(stop == i && text[i] == '.' && IsAbbreviation(text, start, i));
            if (ends)
            {
                Add(text, sentenceStart, close, line, sentences);
                sentenceStart = next;
            }

            i = stop;
        }

        Add(text, sentenceStart, end, line, sentences);
    }

    /// <summary>Adds the span <paramref name="start"/>..<paramref name="end"/> trimmed of white space, unless nothing is left.</summary>
    private static void Add(string text, int start, int end, int line, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(start, end - start, line, text[start..end]));
        }
    }

    /// <summary>Whether the word that ends with the period at <paramref name="period"/> is an abbreviation.</summary>
    private static bool IsAbbreviation(string text, int lineStart, int period)
    {
        var wordStart = period;
        while (wordStart > lineStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..period];
        if (word.Length == 0)
        {
            return false;
        }

        // A single capital initial (F.), or a dotted initialism (U.S., e.g.): letters each followed by a period.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Contains('.'))
        {
            return word.Split('.').All(part => part.Length == 1 && char.IsLetter(part[0]));
        }

        return Abbreviations.Contains(word);
    }

    /// <summary>Whether <paramref name="c"/> may follow a sentence's final mark and still belong to it.</summary>
    private static bool IsClosing(char c) =>
        c is '"' or '\'' or '”' or '’' or ')' or ']' or '*' or '_' or '»' || (c is '¹' or '²' or '³' or (>= '⁰' and <= '⁹'));

    /// <summary>A Markdown heading or list marker at the start of a line: <c>#</c>, <c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>, <c>1)</c>.</summary>
    [GeneratedRegex(@"\G[ \t]*(?:#{1,6}|[-*+]|[0-9]{1,3}[.)]|[IVX]{1,5}\.)[ \t]+")]
    private static partial Regex ListMarker();
}
