using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BorderCoop;

/// <summary>
/// Prints the library's values for people, the way the <c>bordercoop</c> tool and the report print them, so that a
/// dashboard or a notebook need not re-implement the rules: a date at the precision its source gives, a period with its
/// unknown and open ends, a quantity with its qualifier, an enum value by its data-file name, and text from the data
/// made safe to print (<see cref="Visible"/>).
/// </summary>
/// <remarks>The forms are for reading, not parsing: use <see cref="PartialDate.ToString"/> and the other
/// <c>ToString</c> methods for the exact EDTF text that <c>Parse</c> reads back. Output is culture-invariant.</remarks>
public static class Display
{
    /// <summary>
    /// A partial date at its precision: <c>1996-01-14</c>, <c>1996-03</c>, <c>1989</c>; <c>c. 1996-01</c> when
    /// approximate; <c>by 2007-01</c> for an on-or-before bound and <c>2003 or later</c> for an on-or-after one.
    /// </summary>
    /// <param name="date">The date, or null.</param>
    /// <returns>The text, or an empty string for null.</returns>
    public static string Date(PartialDate? date)
    {
        if (date is null)
        {
            return string.Empty;
        }

        var core = date.Precision switch
        {
            DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}"),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}"),
            _ => date.Year.ToString("D4", CultureInfo.InvariantCulture),
        };
        var dated = date.IsApproximate ? "c. " + core : core;
        return date.Qualifier switch
        {
            DateQualifier.OnOrBefore => "by " + dated,
            DateQualifier.OnOrAfter => dated + " or later",
            _ => dated,
        };
    }

    /// <summary>
    /// A period: <c>1995 – 2000</c>; <c>?</c> for an unknown end (<c>2002 – ?</c>), <c>ongoing</c> for an end still
    /// open when last reported (<c>1997 – ongoing</c>), <c>earlier</c> for a start that reaches back indefinitely; a
    /// period of one date prints as that date.
    /// </summary>
    /// <param name="period">The period, or null.</param>
    /// <returns>The text, or an empty string for null.</returns>
    public static string Period(DateRange? period)
    {
        if (period is null)
        {
            return string.Empty;
        }

        if (period.IsSingleDate)
        {
            return Date(period.Start);
        }

        var start = period.StartKind switch
        {
            DateBoundKind.Known => Date(period.Start),
            DateBoundKind.Open => "earlier",
            _ => "?",
        };
        var end = period.EndKind switch
        {
            DateBoundKind.Known => Date(period.End),
            DateBoundKind.Open => "ongoing",
            _ => "?",
        };
        return $"{start} – {end}";
    }

    /// <summary>A U.S. fiscal year: <c>FY2011</c>.</summary>
    /// <param name="fiscalYear">The fiscal year, or null.</param>
    /// <returns>The text, or an empty string for null.</returns>
    public static string FiscalYear(FiscalYear? fiscalYear) => fiscalYear?.ToString() ?? string.Empty;

    /// <summary>A quantity with its qualifier and unit: <c>at least 136 persons</c>, <c>about 70 persons</c>, <c>61 persons</c>.</summary>
    /// <param name="quantity">The quantity, or null.</param>
    /// <returns>The text, or an empty string for null.</returns>
    public static string Quantity(Quantity? quantity) => quantity?.ToString() ?? string.Empty;

    /// <summary>
    /// An extradition figure's value in words: the quantity with its qualifier and unit (<c>at least 136 persons</c>),
    /// and <c>a year</c> after an annual average (<c>24 persons a year</c>), so an average is never read as a total.
    /// </summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public static string FigureValue(ExtraditionFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return Quantity(figure.Value) + (figure.Measure == ExtraditionMeasure.AnnualAverage ? " a year" : string.Empty);
    }

    /// <summary>Whom an extradition figure counts: <c>all persons</c>, <c>MX nationals</c>, or <c>population not stated</c>.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The text; never empty, so a count is never read without its population.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public static string Population(ExtraditionFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Population switch
        {
            ExtraditionPopulation.AllPersons => "all persons",
            ExtraditionPopulation.Nationals => $"{figure.Nationality} nationals",
            _ => "population not stated",
        };
    }

    /// <summary>
    /// Text from the data, such as a title, a quote or a property name from a user's file, made safe to print on one
    /// line of a terminal, a log or an error message: every character that could act on the terminal, break the line or
    /// reorder how it reads is written as <c>\uXXXX</c> (the escape that starts a terminal control sequence as
    /// <c>\u001B</c>); everything else is kept as it is.
    /// </summary>
    /// <param name="text">The text, or null.</param>
    /// <returns>
    /// The text on one line, unchanged (the same instance) when it has nothing to escape; an empty string for null.
    /// </returns>
    /// <remarks>
    /// <para>Escaped: every control character, tab and line breaks included (C0, DEL and C1: U+0000–U+001F,
    /// U+007F–U+009F); the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069); the line
    /// and paragraph separators (U+2028, U+2029); and a lone surrogate. A line break is escaped rather than kept, so
    /// the result is always one line: text can never forge a line of its own in a list of problems. To show lines
    /// flattened instead, replace the line breaks (<see cref="string.ReplaceLineEndings(string)"/>) first.</para>
    /// <para>The form is for reading and is not reversible: a backslash is left as it is, so text that already holds
    /// <c>\u001B</c> as six characters reads the same.</para>
    /// </remarks>
    public static string Visible(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var first = IndexToEscape(text, 0);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length;)
        {
            var next = IndexToEscape(text, i);
            if (next < 0)
            {
                builder.Append(text, i, text.Length - i);
                break;
            }

            builder.Append(text, i, next - i).Append(CultureInfo.InvariantCulture, $"\\u{(int)text[next]:X4}");
            i = next + 1;
        }

        return builder.ToString();
    }

    /// <summary>The index of the first character from <paramref name="start"/> that <see cref="Visible"/> escapes, or -1; a whole surrogate pair is kept.</summary>
    private static int IndexToEscape(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (TextRules.MustEscape(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// What a reader calls a record in a table, a list or a chart: its name or title (an agency with its first English
    /// acronym); for a record without one, what it states: an extradition case by its person and direction
    /// (<c>Juan García Ábrego (MX→US)</c>), a figure by what it measures and its value.
    /// </summary>
    /// <param name="record">A record of <paramref name="data"/>.</param>
    /// <param name="data">The dataset, to name a record by another (a case by its person).</param>
    /// <returns>The label, as the data writes it; escape it (<see cref="Visible"/>) before printing it to a terminal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">The record is of a type outside the library.</exception>
    public static string Label(IRecord record, BorderCoopData data)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(data);
        return RecordContents.Of(record).Label(data.Find);
    }

    /// <summary>An enum value by the name the data files and the tool use: <c>annual-average</c>, <c>granted-then-annulled</c>.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The kebab-case name.</returns>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Serialization.EnumNames.Of(value);
}
