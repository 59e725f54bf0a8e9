using System.Text.RegularExpressions;

namespace BorderCoop.Serialization;

/// <summary>
/// The form of every value of the data contract that is text with rules: record ids, partial dates, periods, fiscal
/// years, currencies, countries and data releases, each written once as a regular expression. The parsers accept a
/// text exactly when it matches (their own checks only word the reason when it does not), and the JSON Schema
/// generator copies the same expressions, so the schema and the loader agree by construction.
/// </summary>
/// <remarks>
/// The expressions use only the syntax that .NET and ECMA-262 (the dialect JSON Schema names) read alike: ASCII
/// classes such as <c>[0-9]</c> (never <c>\d</c>, which .NET extends to every script's digits), non-capturing groups
/// and negative look-ahead. Rules that no pattern can express (a period that ends before it starts) stay in the
/// constructors.
/// </remarks>
internal static partial class TextPatterns
{
    /// <summary>The slug of a record id: lower-case ASCII letters and digits in groups joined by single hyphens.</summary>
    public const string Slug = "[a-z0-9]+(?:-[a-z0-9]+)*";

    /// <summary>A record id: the family's prefix (lower-case words joined by hyphens), a slash, a <see cref="Slug"/>.</summary>
    public const string RecordId = $"[a-z]+(?:-[a-z]+)*/{Slug}";

    /// <summary>A year of four ASCII digits, 0001 to 9999.</summary>
    private const string Year = "(?!0000)[0-9]{4}";

    /// <summary>A leap year of the proleptic Gregorian calendar: divisible by 4, and by 400 when by 100.</summary>
    private const string LeapYear = "(?!0000)(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";

    /// <summary>A month and day that every year has.</summary>
    private const string MonthDay = "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))";

    /// <summary>A calendar date to the year, month or day, without a qualifier.</summary>
    private const string CalendarDate = $"(?:{Year}(?:-(?:0[1-9]|1[0-2]))?|{Year}-{MonthDay}|{LeapYear}-02-29)";

    /// <summary>
    /// A partial date in EDTF: <c>1996</c>, <c>1996-03</c>, <c>1996-01-14</c>; a trailing <c>~</c> marks it approximate;
    /// <c>[..2007-01]</c> is on or before, <c>[2003..]</c> on or after.
    /// </summary>
    public const string PartialDate = $"(?:{CalendarDate}~?|\\[\\.\\.{CalendarDate}~?\\]|\\[{CalendarDate}~?\\.\\.\\])";

    /// <summary>
    /// A period in EDTF: <c>start/end</c>, where a side is a partial date, <c>..</c> (open) or empty (unknown), but not
    /// both empty; a single partial date is the period of that date.
    /// </summary>
    public const string DateRange = $"(?:{PartialDate}|(?:{PartialDate}|\\.\\.)/(?:{PartialDate}|\\.\\.)?|/(?:{PartialDate}|\\.\\.))";

    /// <summary>A U.S. federal fiscal year, such as <c>FY1997</c>: upper-case FY and a year from 0002.</summary>
    public const string FiscalYear = "FY(?!000[01])[0-9]{4}";

    /// <summary>An ISO 4217 currency code: three upper-case ASCII letters.</summary>
    public const string Currency = "[A-Z]{3}";

    /// <summary>An ISO 3166-1 alpha-2 country code: two upper-case ASCII letters.</summary>
    public const string Country = "[A-Z]{2}";

    /// <summary>A data release name: a year and one lower-case letter, such as <c>2026a</c>.</summary>
    public const string DataRelease = "[0-9]{4}[a-z]";

    /// <summary>
    /// The characters that look like nothing (<see cref="TextRules.IsBlank"/>): white space, control characters (Cc)
    /// and format characters (Cf) of the Basic Multilingual Plane, as a character class body.
    /// </summary>
    private const string Invisible = @"\u0000-\u0020\u007f-\u00a0\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u206f\u3000\ufeff\ufff9-\ufffb";

    /// <summary>The control characters text may not hold (all but tab, line feed and carriage return), as a character class body.</summary>
    private const string ForbiddenControl = @"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f";

    /// <summary>
    /// Text a record holds (see <see cref="TextRules"/>): at least one character that is not white space, a control
    /// or a format character (so a zero-width space alone is blank), and no control character but tab, line feed and
    /// carriage return.
    /// </summary>
    /// <remarks>
    /// Written with explicit ranges, which every regular expression dialect reads alike. The loader applies
    /// <see cref="TextRules"/>, which reads whole code points; the two differ only for a text made solely of format
    /// characters outside the Basic Multilingual Plane (tags, musical formatting), which the pattern sees as visible.
    /// </remarks>
    public const string Text = $"(?=[{Invisible}]*[^{Invisible}])[^{ForbiddenControl}]*";

    /// <summary>
    /// The address of a source on the web: <c>http://</c> or <c>https://</c>, a host name of ASCII letters, digits, dots
    /// and hyphens, an optional port, then a path, query or fragment with no invisible character (see <see cref="Text"/>).
    /// </summary>
    public const string Url = $"https?://[A-Za-z0-9.-]+(?::[0-9]{{1,5}})?(?:[/?#][^{Invisible}]*)?";

    /// <summary>The name of a source's file in <c>seeds/</c>: text (see <see cref="Text"/>) with no slash or backslash.</summary>
    public const string FileName = $"(?=[{Invisible}]*[^{Invisible}])[^/\\\\{ForbiddenControl}]*";

    /// <summary>Whether the whole of <paramref name="text"/> is a web address (see <see cref="Url"/>).</summary>
    public static bool IsUrl(string text) => UrlRegex().IsMatch(text);

    /// <summary>Whether the whole of <paramref name="text"/> is a bare file name (see <see cref="FileName"/>).</summary>
    public static bool IsFileName(string text) => FileNameRegex().IsMatch(text);

    /// <summary>Whether the whole of <paramref name="text"/> is a partial date.</summary>
    public static bool IsPartialDate(string text) => PartialDateRegex().IsMatch(text);

    /// <summary>Whether the whole of <paramref name="text"/> is a period.</summary>
    public static bool IsDateRange(string text) => DateRangeRegex().IsMatch(text);

    /// <summary>Whether the whole of <paramref name="text"/> is a fiscal year.</summary>
    public static bool IsFiscalYear(string text) => FiscalYearRegex().IsMatch(text);

    /// <summary>Whether the whole of <paramref name="text"/> is a currency code.</summary>
    public static bool IsCurrency(string text) => CurrencyRegex().IsMatch(text);

    /// <summary>Whether the whole of <paramref name="text"/> is a country code.</summary>
    public static bool IsCountry(string text) => CountryRegex().IsMatch(text);

    /// <summary>Whether the whole of <paramref name="text"/> is text a record may hold, by the pattern (see <see cref="Text"/>).</summary>
    public static bool IsText(string text) => TextRegex().IsMatch(text);

    /// <summary>Whether the whole of <paramref name="text"/> is a data release name.</summary>
    public static bool IsDataRelease(string text) => DataReleaseRegex().IsMatch(text);

    /// <summary>Whether the whole of <paramref name="text"/> is <c>prefix/slug</c> for a family prefix of lower-case words.</summary>
    /// <remarks>
    /// Checked by hand rather than with a regex: every id and every reference of every record goes through here (six
    /// million calls for a million-record file), and the generated regex allocated 96 bytes a call. A test holds it to
    /// <see cref="RecordId"/>.
    /// </remarks>
    public static bool IsRecordId(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && IsHyphenatedWords(text.AsSpan(0, slash), digits: false) && IsHyphenatedWords(text.AsSpan(slash + 1), digits: true);
    }

    /// <summary>Lower-case ASCII letters (and digits, when allowed) in words joined by single hyphens.</summary>
    private static bool IsHyphenatedWords(ReadOnlySpan<char> text, bool digits)
    {
        if (text.IsEmpty || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        var afterHyphen = false;
        foreach (var c in text)
        {
            if (c == '-')
            {
                if (afterHyphen)
                {
                    return false;
                }

                afterHyphen = true;
            }
            else if (c is >= 'a' and <= 'z' || (digits && c is >= '0' and <= '9'))
            {
                afterHyphen = false;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The expression for the whole of a value, as JSON Schema writes it: <paramref name="pattern"/> anchored at both ends.</summary>
    /// <remarks>The .NET expressions end with <c>\z</c> instead of <c>$</c>, which .NET also matches before a final line feed.</remarks>
    public static string Whole(string pattern) => $"^(?:{pattern})$";

    [GeneratedRegex($"^(?:{PartialDate})\\z", RegexOptions.CultureInvariant)]
    private static partial Regex PartialDateRegex();

    [GeneratedRegex($"^(?:{DateRange})\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateRangeRegex();

    [GeneratedRegex($"^(?:{FiscalYear})\\z", RegexOptions.CultureInvariant)]
    private static partial Regex FiscalYearRegex();

    [GeneratedRegex($"^(?:{Currency})\\z", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyRegex();

    [GeneratedRegex($"^(?:{Country})\\z", RegexOptions.CultureInvariant)]
    private static partial Regex CountryRegex();

    [GeneratedRegex($"^(?:{Url})\\z", RegexOptions.CultureInvariant)]
    private static partial Regex UrlRegex();

    [GeneratedRegex($"^(?:{FileName})\\z", RegexOptions.CultureInvariant)]
    private static partial Regex FileNameRegex();

    [GeneratedRegex($"^(?:{Text})\\z", RegexOptions.CultureInvariant)]
    private static partial Regex TextRegex();

    [GeneratedRegex($"^(?:{DataRelease})\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DataReleaseRegex();

}
