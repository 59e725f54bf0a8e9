using System.Globalization;
using System.Text;

namespace BorderCoop;

/// <summary>
/// What counts as text, written once: which strings are blank, which control characters a record's text may hold, and
/// which characters must never reach a terminal or a message as they are. <see cref="Guard"/> enforces the first two on
/// every text a record holds; <see cref="Display.Visible"/> applies the third.
/// </summary>
internal static class TextRules
{
    /// <summary>
    /// Whether <paramref name="text"/> is blank: empty, or made only of white space, format characters (Unicode
    /// category Cf: zero-width spaces and joiners U+200B–U+200D, the word joiner U+2060, the byte order mark U+FEFF,
    /// the soft hyphen U+00AD, bidirectional controls…) and control characters (Cc). Such text looks empty when shown.
    /// </summary>
    public static bool IsBlank(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune) && !Rune.IsControl(rune) && Rune.GetUnicodeCategory(rune) != UnicodeCategory.Format)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The index of the first control character that text may not hold, or -1: every C0 control (U+0000–U+001F),
    /// DEL (U+007F) and every C1 control (U+0080–U+009F), except tab, line feed and carriage return.
    /// </summary>
    /// <remarks>
    /// Every text of every record is checked when it is made, so the search skips printable ASCII with a vectorized
    /// search that needs no more than the baseline instruction set (a set-of-characters search took 3 ns a character in
    /// the NativeAOT tool, most of its first load), and looks at the other characters one by one.
    /// </remarks>
    public static int IndexOfForbiddenControl(string text)
    {
        var start = 0;
        while (true)
        {
            var found = text.AsSpan(start).IndexOfAnyExceptInRange(' ', '~');
            if (found < 0)
            {
                return -1;
            }

            var at = start + found;
            if (char.IsControl(text[at]) && text[at] is not ('\t' or '\n' or '\r'))
            {
                return at;
            }

            start = at + 1;
        }
    }

    /// <summary>
    /// Whether <paramref name="c"/> must be shown escaped wherever text is printed for people: a control character
    /// (tab and line breaks included), a bidirectional control that can reorder how a line reads (U+061C, U+200E,
    /// U+200F, U+202A–U+202E, U+2066–U+2069), the line or paragraph separator (U+2028, U+2029), or half of a surrogate
    /// pair (the caller keeps whole pairs).
    /// </summary>
    public static bool MustEscape(char c) =>
        char.IsControl(c)
        || char.IsSurrogate(c)
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        || c is '\u2028' or '\u2029';
}
