using System.Buffers;
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
    /// <summary>The control characters text may not hold: C0 but tab, line feed and carriage return; DEL; C1.</summary>
    private static readonly SearchValues<char> ForbiddenControls = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))]);

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
    /// <remarks>Every text of every record is checked when it is made, so the search is vectorized.</remarks>
    public static int IndexOfForbiddenControl(string text) => text.AsSpan().IndexOfAny(ForbiddenControls);

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
