using System.Globalization;
using System.Text;

namespace BorderCoop.Cli.Formatting;

/// <summary>
/// How many terminal columns text takes, as a terminal draws it (the BCL has no <c>wcwidth</c>): a combining mark, a
/// format character such as a zero-width joiner and a Hangul vowel or final consonant take none; an East Asian wide or
/// fullwidth character and an emoji take two; every other character one.
/// </summary>
/// <remarks>
/// <para>Text is measured by user-perceived characters (extended grapheme clusters, <see cref="StringInfo"/>), each as
/// wide as the widest code point in it: <c>é</c> written as <c>e</c> and a combining acute accent is one column, a family
/// emoji joined by zero-width joiners two, a flag (two regional indicators) two.</para>
/// <para>The wide ranges are Unicode's East Asian Wide and Fullwidth blocks and the emoji blocks, in coarse ranges: a
/// rare symbol a terminal draws narrow may be counted as two, which only makes a table a little narrower than it could
/// be. Control characters are made visible before anything is measured (<see cref="TerminalText"/>), so they count
/// as none here.</para>
/// </remarks>
internal static class DisplayWidth
{
    /// <summary>The ranges of code points a terminal draws two columns wide, in order, as (first, last).</summary>
    private static readonly (int First, int Last)[] Wide =
    [
        (0x1100, 0x115F), // Hangul Jamo initial consonants
        (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
        (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
        (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
        (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B),
        (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
        (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), // emoji of the BMP
        (0x2E80, 0x303E), // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        (0x3041, 0x33FF), // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed CJK
        (0x3400, 0x4DBF), // CJK extension A
        (0x4E00, 0x9FFF), // CJK unified ideographs
        (0xA000, 0xA4CF), // Yi
        (0xA960, 0xA97F), // Hangul Jamo extended A
        (0xAC00, 0xD7A3), // Hangul syllables
        (0xF900, 0xFAFF), // CJK compatibility ideographs
        (0xFE10, 0xFE19), // vertical forms
        (0xFE30, 0xFE6F), // CJK compatibility forms, small form variants
        (0xFF00, 0xFF60), // fullwidth forms
        (0xFFE0, 0xFFE6), // fullwidth signs
        (0x16FE0, 0x18AFF), // Tangut and ideographic symbols
        (0x1B000, 0x1B2FF), // Kana supplement and extensions, Nushu
        (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A),
        (0x1F1E6, 0x1F1FF), // regional indicators: a flag is two of them, drawn two columns wide
        (0x1F200, 0x1F2FF), // enclosed ideographic supplement
        (0x1F300, 0x1F64F), // miscellaneous symbols and pictographs, emoticons
        (0x1F680, 0x1F6FF), // transport and map symbols
        (0x1F7E0, 0x1F7EB), // coloured circles and squares
        (0x1F90C, 0x1F9FF), // supplemental symbols and pictographs
        (0x1FA70, 0x1FAFF), // symbols and pictographs extended A
        (0x20000, 0x2FFFD), // CJK extensions B and later
        (0x30000, 0x3FFFD), // CJK extension G and later
    ];

    /// <summary>The columns <paramref name="text"/> takes on one line of a terminal.</summary>
    public static int Of(string text)
    {
        // Printable ASCII, by far the commonest text here, is one column a character.
        if (text.AsSpan().IndexOfAnyExceptInRange(' ', '~') < 0)
        {
            return text.Length;
        }

        var width = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            width += OfElement(elements.GetTextElement());
        }

        return width;
    }

    /// <summary>The columns one user-perceived character takes: the widest of its code points.</summary>
    /// <param name="element">One extended grapheme cluster, as <see cref="StringInfo"/> splits text.</param>
    public static int OfElement(ReadOnlySpan<char> element)
    {
        var width = 0;
        foreach (var rune in element.EnumerateRunes())
        {
            width = Math.Max(width, Of(rune));
        }

        return width;
    }

    /// <summary>The columns one code point takes: 0, 1 or 2.</summary>
    public static int Of(Rune rune)
    {
        var value = rune.Value;
        if (value < 0x7F)
        {
            return value < 0x20 ? 0 : 1;
        }

        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Control:
            case UnicodeCategory.Format when value != 0xAD: // a soft hyphen is drawn
                return 0;
        }

        if (value is >= 0x1160 and <= 0x11FF)
        {
            return 0; // Hangul medial vowels and final consonants join the syllable before them
        }

        return IsWide(value) ? 2 : 1;
    }

    private static bool IsWide(int value)
    {
        if (value < Wide[0].First)
        {
            return false;
        }

        int low = 0, high = Wide.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (value < Wide[middle].First)
            {
                high = middle - 1;
            }
            else if (value > Wide[middle].Last)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
