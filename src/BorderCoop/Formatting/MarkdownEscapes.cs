using System.Text;

namespace BorderCoop;

/// <summary>
/// The one rule that turns a quote's exact text into the text a reader sees: the seed documents are Markdown, and a
/// Markdown backslash escape (<c>\$20 million</c>) is markup, not words.
/// </summary>
/// <remarks>
/// <para>The rule is CommonMark's for backslash escapes, and nothing more: a backslash followed by an ASCII punctuation
/// character (<c>!"#$%&amp;'()*+,-./:;&lt;=&gt;?@[\]^_`{|}~</c>) is removed and the character kept; a backslash before
/// anything else (a letter, a digit, a space, a non-ASCII character, the end of the text) stays. The text is read left
/// to right, so <c>\\</c> is one backslash and <c>\\$</c> reads <c>\$</c>.</para>
/// <para>Nothing else of Markdown is rendered, on purpose. The quoted passages hold emphasis around titles
/// (<c>*The Rise of the Mexican Drug Cartels*</c>), autolinks in angle brackets (<c>&lt;http://…&gt;</c>), underscores
/// inside addresses and editorial brackets (<c>[corruption]</c>). Those are what the page shows as italics, a link or
/// words, and taking them out would need a whole Markdown renderer, which could not even be right: a quote is a piece
/// of a document and may open an emphasis it does not close, and an underscore or an asterisk inside an address or a
/// formula is not emphasis. A stray backslash, by contrast, is never what the author meant a reader to copy.</para>
/// <para>CommonMark does not honour escapes inside code spans and autolinks; the rule does not parse those and removes
/// the escape anyway. No quote of the curated data has a backslash inside either (a test checks every quote).</para>
/// </remarks>
internal static class MarkdownEscapes
{
    /// <summary><paramref name="text"/> without its Markdown backslash escapes; the same instance when it has none.</summary>
    /// <param name="text">The exact text.</param>
    /// <returns>The readable text.</returns>
    public static string Remove(string text)
    {
        var first = NextEscape(text, 0);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length;)
        {
            var next = NextEscape(text, i);
            if (next < 0)
            {
                builder.Append(text, i, text.Length - i);
                break;
            }

            // Keep what lies before the escape and the escaped character; drop the backslash.
            builder.Append(text, i, next - i).Append(text[next + 1]);
            i = next + 2;
        }

        return builder.ToString();
    }

    /// <summary>Whether CommonMark lets a backslash escape <paramref name="c"/>: the ASCII punctuation characters.</summary>
    public static bool IsEscapable(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    /// <summary>The index from <paramref name="start"/> of the next backslash that escapes the character after it, or -1.</summary>
    private static int NextEscape(string text, int start)
    {
        for (var i = text.IndexOf('\\', start); i >= 0 && i < text.Length - 1; i = text.IndexOf('\\', i + 1))
        {
            if (IsEscapable(text[i + 1]))
            {
                return i;
            }
        }

        return -1;
    }
}
