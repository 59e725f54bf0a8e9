using System.Globalization;
using System.Text;

namespace BorderCoop.Cli.Report;

/// <summary>
/// How wide a line of chart text will be, estimated without a browser, so the charts can place labels where they do
/// not run into each other or out of the picture, and wrap the ones that would.
/// </summary>
/// <remarks>
/// <para>
/// The widths are the advance widths of DejaVu Sans (the wide sans-serif a Linux browser falls back to for
/// <c>system-ui</c>), in thousandths of the font size, for the printable ASCII characters; a letter with accents counts
/// as its base letter, and any other character as a wide symbol. The fonts of other systems (San Francisco, Segoe UI,
/// Roboto) are narrower, so a label placed by these widths has at least the room it needs.
/// </para>
/// <para>
/// Heights follow the same font: a line's box, as a browser measures it, reaches <see cref="Ascent"/> of the font size
/// above the baseline and <see cref="Descent"/> below it.
/// </para>
/// </remarks>
internal static class TextWidth
{
    /// <summary>How far above the baseline a line's box reaches, as a fraction of the font size.</summary>
    public const double Ascent = 0.93;

    /// <summary>How far below the baseline a line's box reaches, as a fraction of the font size.</summary>
    public const double Descent = 0.24;

    /// <summary>The distance between the baselines of wrapped lines, as a fraction of the font size: more than a line's box, so lines never touch.</summary>
    public const double LineSpacing = 1.3;

    /// <summary>The width of a character outside the table (a symbol, an arrow), in thousandths of the font size.</summary>
    private const int Wide = 840;

    /// <summary>The width of an East Asian character, in thousandths of the font size.</summary>
    private const int Full = 1000;

    // Advance widths of DejaVu Sans Book and Bold for ' ' (U+0020) through '~' (U+007E), in thousandths of an em.
    private static readonly short[] Regular =
    [
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
        1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
    ];

    private static readonly short[] Bold =
    [
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
        696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
        1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
        733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
        500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
        716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
    ];

    /// <summary>How wide <paramref name="text"/> is at <paramref name="size"/> (the font size, in the chart's units).</summary>
    public static double Of(string text, double size, bool bold = false)
    {
        var table = bold ? Bold : Regular;
        var thousandths = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            thousandths += Advance(rune, table);
        }

        return thousandths * size / 1000;
    }

    /// <summary>
    /// <paramref name="text"/> broken into lines no wider than <paramref name="width"/>: between words where it can, and
    /// inside a word only when the word alone is wider than a line. Never empty: an empty text is one empty line.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double size, double width, bool bold = false)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Of(candidate, size, bold) <= width)
            {
                line.Clear().Append(candidate);
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            // A word wider than a whole line is cut where the line is full.
            var rest = word;
            while (Of(rest, size, bold) > width)
            {
                var cut = Fitting(rest, size, width, bold);
                lines.Add(rest[..cut]);
                rest = rest[cut..];
            }

            line.Append(rest);
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>How many leading characters of <paramref name="text"/> fit in <paramref name="width"/>; at least one whole character.</summary>
    private static int Fitting(string text, double size, double width, bool bold)
    {
        var table = bold ? Bold : Regular;
        var used = 0.0;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            used += Advance(rune, table) * size / 1000;
            if (used > width && index > 0)
            {
                break;
            }

            index += rune.Utf16SequenceLength;
        }

        return index;
    }

    private static int Advance(Rune rune, short[] table)
    {
        var value = rune.Value;
        if (value is >= 0x20 and <= 0x7E)
        {
            return table[value - 0x20];
        }

        // A letter with accents as its base letter: "Ábrego" is as wide as "Abrego".
        if (value is >= 0xC0 and < 0x250 && rune.ToString().Normalize(NormalizationForm.FormD) is { Length: > 1 } decomposed && decomposed[0] is >= ' ' and <= '~')
        {
            return table[decomposed[0] - 0x20];
        }

        return value switch
        {
            0x2019 or 0x2018 or 0xB7 => table['.' - 0x20],
            0x201C or 0x201D => table['"' - 0x20] + 60,
            0x2013 => 500,
            0x2014 or 0x2026 => 1000,
            _ when Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format => 0,
            >= 0x2E80 => Full,
            _ => Wide,
        };
    }
}
