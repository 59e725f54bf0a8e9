using System.Buffers;
using System.Globalization;
using System.Text;

namespace BorderCoop.Cli.Formatting;

/// <summary>
/// Lays one line of text out in a given number of terminal columns (see <see cref="DisplayWidth"/>): word wrap at
/// spaces, a word longer than a line broken after a hyphen or a slash where it can be, else at the width, and a
/// record id never broken; or, where wrapping makes no sense, cut with a visible <see cref="Ellipsis"/>.
/// </summary>
/// <remarks>
/// A record id (<c>budget-line/dea-siu-fy1997-appropriation</c>) is copied whole into other commands, so it is never
/// broken or cut, whatever the width: a line that holds only an id may be wider than the width asked for. With
/// <see cref="Wrap(string, int, int, bool)"/>'s <c>keepWords</c> every word is kept so (a list of ids, a date, an amount).
/// </remarks>
internal static class TextWrap
{
    /// <summary>The mark that ends a cut text: one column wide.</summary>
    public const string Ellipsis = "…";

    /// <summary>The characters of an id's slug (see <see cref="IsRecordId"/>).</summary>
    private static readonly SearchValues<char> SlugCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    /// <summary>
    /// <paramref name="text"/> (one line, its control characters already visible) as lines of at most
    /// <paramref name="firstWidth"/> columns for the first line and <paramref name="restWidth"/> for the others.
    /// </summary>
    /// <param name="text">The text; spaces at the start of a line are dropped, spaces between words kept.</param>
    /// <param name="firstWidth">The columns of the first line (at least 1 is used).</param>
    /// <param name="restWidth">The columns of every further line (at least 1 is used).</param>
    /// <param name="keepWords">Whether every word is kept whole (broken only at spaces); otherwise only record ids are.</param>
    /// <returns>At least one line (an empty one for empty text).</returns>
    public static List<string> Wrap(string text, int firstWidth, int restWidth, bool keepWords = false)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var lineWidth = 0;
        var limit = Math.Max(1, firstWidth);
        restWidth = Math.Max(1, restWidth);

        void EndLine()
        {
            lines.Add(line.ToString());
            line.Clear();
            lineWidth = 0;
            limit = restWidth;
        }

        foreach (var (spaces, word) in Words(text))
        {
            var width = DisplayWidth.Of(word);
            if (line.Length > 0)
            {
                if (lineWidth + spaces + width <= limit)
                {
                    line.Append(' ', spaces).Append(word);
                    lineWidth += spaces + width;
                    continue;
                }

                EndLine();
            }

            if (width <= limit || keepWords || IsRecordId(word))
            {
                line.Append(word);
                lineWidth = width;
                continue;
            }

            // A word longer than a line: the pieces that fill lines, then the rest starts the current line.
            var rest = word;
            while (DisplayWidth.Of(rest) > limit)
            {
                var cut = Cut(rest, limit);
                line.Append(rest, 0, cut);
                EndLine();
                rest = rest[cut..];
            }

            line.Append(rest);
            lineWidth = DisplayWidth.Of(rest);
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary><paramref name="text"/> as lines of at most <paramref name="width"/> columns (see <see cref="Wrap(string, int, int, bool)"/>).</summary>
    public static List<string> Wrap(string text, int width, bool keepWords = false) => Wrap(text, width, width, keepWords);

    /// <summary>
    /// <paramref name="text"/> after <paramref name="prefix"/> (a label such as <c>"  Record: "</c>, or an indent), in
    /// lines of at most <paramref name="width"/> columns, the continuation lines indented by <paramref name="hang"/>
    /// columns. A first word too long to follow the label starts a line of its own below it; an id too long for its
    /// indent is indented less, down to none.
    /// </summary>
    /// <param name="prefix">What the first line starts with.</param>
    /// <param name="text">The text after it.</param>
    /// <param name="width">The columns of every line.</param>
    /// <param name="hang">The indent of every further line.</param>
    /// <param name="keepWords">Whether every word is kept whole, as in <see cref="Wrap(string, int, int, bool)"/>.</param>
    /// <returns>The lines, with their prefix and indents, without trailing spaces.</returns>
    public static List<string> Hanging(string prefix, string text, int width, int hang, bool keepWords = false)
    {
        var prefixWidth = DisplayWidth.Of(prefix);
        var lines = Wrap(text, width - prefixWidth, width - hang, keepWords);
        var result = new List<string>(lines.Count + 1);
        if (string.IsNullOrWhiteSpace(prefix))
        {
            // An indent only: each line indented as far as it still fits.
            for (var i = 0; i < lines.Count; i++)
            {
                result.Add(Indented(lines[i], width, i == 0 ? prefixWidth : hang));
            }

            return result;
        }

        if (DisplayWidth.Of(lines[0]) <= width - prefixWidth)
        {
            result.Add((prefix + lines[0]).TrimEnd());
            lines.RemoveAt(0);
        }
        else
        {
            // The label on its own line, then the text below it.
            result.Add(Truncate(prefix.TrimEnd(), width));
            lines = Wrap(text, width - hang, width - hang, keepWords);
        }

        result.AddRange(lines.Select(line => Indented(line, width, hang)));
        return result;
    }

    /// <summary>
    /// <paramref name="text"/> in at most <paramref name="width"/> columns on one line: unchanged when it fits, else as
    /// much of it as fits before an <see cref="Ellipsis"/>, never half a character.
    /// </summary>
    public static string Truncate(string text, int width)
    {
        if (DisplayWidth.Of(text) <= width)
        {
            return text;
        }

        if (width <= 0)
        {
            return string.Empty;
        }

        var kept = new StringBuilder();
        var used = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var elementWidth = DisplayWidth.OfElement(element);
            if (used + elementWidth > width - 1)
            {
                break;
            }

            kept.Append(element);
            used += elementWidth;
        }

        return kept.Append('…').ToString();
    }

    /// <summary>
    /// The widest word of <paramref name="text"/> that <see cref="Wrap(string, int, int, bool)"/> never breaks: any word
    /// with <paramref name="keepWords"/>, otherwise a record id; 0 when there is none.
    /// </summary>
    public static int LongestUnbreakable(string text, bool keepWords)
    {
        var longest = 0;
        foreach (var (_, word) in Words(text))
        {
            if (keepWords || IsRecordId(word))
            {
                longest = Math.Max(longest, DisplayWidth.Of(word));
            }
        }

        return longest;
    }

    /// <summary>The widest word of <paramref name="text"/>, breakable or not; 0 for blank text.</summary>
    public static int LongestWord(string text)
    {
        var longest = 0;
        foreach (var (_, word) in Words(text))
        {
            longest = Math.Max(longest, DisplayWidth.Of(word));
        }

        return longest;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a record id, perhaps quoted or followed by punctuation
    /// (<c>'event/x',</c>, <c>(agency/us-dea)</c>): a known family's prefix, a slash and a slug.
    /// </summary>
    public static bool IsRecordId(string word)
    {
        var core = word.AsSpan().Trim("'\"“‘([").TrimEnd("'\"”’)],.;:?!");
        var slash = core.IndexOf('/');
        return slash > 0 && slash < core.Length - 1 && core[(slash + 1)..].IndexOfAnyExcept(SlugCharacters) < 0
            && RecordFamily.ForId(core.ToString()) is not null;
    }

    /// <summary><paramref name="line"/> after up to <paramref name="indent"/> spaces: fewer when it would not fit in <paramref name="width"/> (an id too long for its indent); no trailing spaces.</summary>
    private static string Indented(string line, int width, int indent) =>
        (new string(' ', Math.Clamp(width - DisplayWidth.Of(line), 0, indent)) + line).TrimEnd();

    /// <summary>The words of <paramref name="text"/>, split at spaces, each with the number of spaces before it.</summary>
    private static IEnumerable<(int Spaces, string Word)> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            var spaces = i - start;
            var wordStart = i;
            while (i < text.Length && text[i] != ' ')
            {
                i++;
            }

            if (i > wordStart)
            {
                yield return (spaces, text[wordStart..i]);
            }
        }
    }

    /// <summary>
    /// Where to break <paramref name="word"/>, wider than <paramref name="width"/>: after the last hyphen, dash or
    /// slash that leaves a first piece of at most <paramref name="width"/> columns, else after as many whole characters
    /// as fit (at least one).
    /// </summary>
    private static int Cut(string word, int width)
    {
        var used = 0;
        var end = 0;
        var afterBreakable = 0;
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var elementWidth = DisplayWidth.OfElement(element);
            if (used + elementWidth > width && end > 0)
            {
                break;
            }

            used += elementWidth;
            end = elements.ElementIndex + element.Length;
            if (element is "-" or "–" or "/")
            {
                afterBreakable = end;
            }
        }

        return afterBreakable > 0 && afterBreakable < word.Length ? afterBreakable : end;
    }
}
