using System.Text;

namespace BorderCoop;

/// <summary>
/// The Latin letters with accents, each with the letter under its accents: what Unicode canonical decomposition
/// (<see cref="NormalizationForm.FormD"/>) gives, base letter first and combining marks after, for U+00C0 to U+024F
/// (Latin-1 Supplement, Latin Extended-A and B).
/// </summary>
/// <remarks>
/// <see cref="string.Normalize(NormalizationForm)"/> needs ICU: in globalization-invariant mode (which NativeAOT and
/// container apps often turn on, and the <c>bordercoop</c> tool does) it returns the text unchanged, so "Procuraduría"
/// would no longer fold to "procuraduria". <see cref="TextKey"/> looks letters up here as well, so names fold alike
/// in both modes. Letters without such a decomposition (Æ, Ø, Đ, Ł, ß) are kept, as decomposition keeps them. A test
/// compares every entry with ICU's decomposition. Accented letters outside this range (Vietnamese, Greek, Cyrillic)
/// still fold only where ICU is available.
/// </remarks>
internal static class LatinLetters
{
    private const char First = '\u00C0';

    /// <summary>The base letter of each code point from <see cref="First"/>, or '.' where there is none.</summary>
    private const string Bases =
        "AAAAAA.CEEEEIIII" + // U+00C0
        ".NOOOOO..UUUUY.." + // U+00D0
        "aaaaaa.ceeeeiiii" + // U+00E0
        ".nooooo..uuuuy.y" + // U+00F0
        "AaAaAaCcCcCcCcDd" + // U+0100
        "..EeEeEeEeEeGgGg" + // U+0110
        "GgGgHh..IiIiIiIi" + // U+0120
        "I...JjKk.LlLlLl." + // U+0130
        "...NnNnNn...OoOo" + // U+0140
        "Oo..RrRrRrSsSsSs" + // U+0150
        "SsTtTt..UuUuUuUu" + // U+0160
        "UuUuWwYyYZzZzZz." + // U+0170
        "................" + // U+0180
        "................" + // U+0190
        "Oo.............U" + // U+01A0
        "u..............." + // U+01B0
        ".............AaI" + // U+01C0
        "iOoUuUuUuUuUu.Aa" + // U+01D0
        "AaÆæ..GgKkOoOoƷʒ" + // U+01E0
        "j...Gg..NnAaÆæØø" + // U+01F0
        "AaAaEeEeIiIiOoOo" + // U+0200
        "RrRrUuUuSsTt..Hh" + // U+0210
        "......AaEeOoOoOo" + // U+0220
        "OoYy............" + // U+0230
        "................"; // U+0240

    /// <summary>The letter under the accents of <paramref name="c"/> (<c>i</c> for <c>í</c>), or <paramref name="c"/> itself.</summary>
    public static char WithoutAccents(char c)
    {
        var index = c - First;
        return (uint)index < (uint)Bases.Length && Bases[index] != '.' ? Bases[index] : c;
    }
}
