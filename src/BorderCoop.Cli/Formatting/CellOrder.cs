using System.Globalization;
using System.Text.RegularExpressions;

namespace BorderCoop.Cli.Formatting;

/// <summary>
/// How <c>--sort</c> orders the cells of a column, by what the column holds (<see cref="CellKind"/>): dates by their
/// first date, quantities by their first number, text and ids alphabetically with numbers in them by value.
/// </summary>
/// <remarks>
/// <para>A date cell sorts by the first date in it, written as EDTF writes a date (<c>1996</c>, <c>1996-03</c>,
/// <c>1996-01-14</c>), compared as text, which puts a year before the months in it: <c>c. 1996-01</c> and
/// <c>by 2007-01</c> sort among the other dates, <c>FY2011</c> by its year, a period by its start.</para>
/// <para>A quantity cell sorts by the first number in it, thousands separators (<c>,</c>) ignored:
/// <c>USD 9,000,000</c> before <c>USD 10,000,000</c>, <c>about 70</c> before <c>at least 136</c>.</para>
/// <para>Ties, and text and id cells, are compared alphabetically, case ignored, runs of digits by their value
/// (<c>FY997</c> before <c>FY1997</c>). A date or quantity cell with no date or number in it (<c>undated</c>, an
/// empty cell) comes last, in either direction; otherwise descending order is ascending order reversed. The sort is
/// stable: rows that compare equal keep the order the command gave them.</para>
/// </remarks>
internal sealed partial class CellOrder : IComparer<string?>
{
    private readonly CellKind kind;
    private readonly bool descending;

    /// <summary>The order of cells of <paramref name="kind"/>, ascending or <paramref name="descending"/>.</summary>
    public CellOrder(CellKind kind, bool descending)
    {
        this.kind = kind;
        this.descending = descending;
    }

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        x ??= string.Empty;
        y ??= string.Empty;
        switch (kind)
        {
            case CellKind.Date:
                {
                    var (a, b) = (DatePattern().Match(x), DatePattern().Match(y));
                    if (a.Success != b.Success)
                    {
                        return a.Success ? -1 : 1;
                    }

                    var byDate = a.Success ? string.CompareOrdinal(a.Value, b.Value) : 0;
                    return Directed(byDate != 0 ? byDate : Natural(x, y));
                }

            case CellKind.Number:
                {
                    var (a, b) = (FirstNumber(x), FirstNumber(y));
                    if (a.HasValue != b.HasValue)
                    {
                        return a.HasValue ? -1 : 1;
                    }

                    var byValue = a.HasValue ? a.Value.CompareTo(b!.Value) : 0;
                    return Directed(byValue != 0 ? byValue : Natural(x, y));
                }

            default:
                return Directed(Natural(x, y));
        }
    }

    /// <summary>
    /// Compares text case-insensitively by character, runs of ASCII digits by their value: <c>figure/a-9</c> before
    /// <c>figure/a-10</c>.
    /// </summary>
    public static int Natural(string x, string y)
    {
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var (endX, endY) = (DigitsEnd(x, i), DigitsEnd(y, j));
                var digitsX = x.AsSpan(i, endX - i).TrimStart('0');
                var digitsY = y.AsSpan(j, endY - j).TrimStart('0');
                var byValue = digitsX.Length != digitsY.Length ? digitsX.Length.CompareTo(digitsY.Length) : digitsX.SequenceCompareTo(digitsY);
                if (byValue != 0)
                {
                    return byValue;
                }

                (i, j) = (endX, endY);
                continue;
            }

            var byChar = char.ToUpperInvariant(x[i]).CompareTo(char.ToUpperInvariant(y[j]));
            if (byChar != 0)
            {
                return byChar;
            }

            i++;
            j++;
        }

        var byLength = (x.Length - i).CompareTo(y.Length - j);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }

    private int Directed(int comparison) => descending ? -comparison : comparison;

    private static int DigitsEnd(string text, int start)
    {
        while (start < text.Length && char.IsAsciiDigit(text[start]))
        {
            start++;
        }

        return start;
    }

    /// <summary>The first number in <paramref name="text"/>, its thousands separators dropped; null when it has none.</summary>
    private static decimal? FirstNumber(string text) =>
        NumberPattern().Match(text) is { Success: true } match
            && decimal.TryParse(match.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>A date as EDTF writes its calendar part: a year, perhaps a month, perhaps a day.</summary>
    [GeneratedRegex("[0-9]{4}(?:-[0-9]{2}){0,2}", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    /// <summary>A number: digits, perhaps grouped by commas, perhaps with a decimal part.</summary>
    [GeneratedRegex("[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
