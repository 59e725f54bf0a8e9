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
    /// Text a record holds (see <see cref="TextRules"/>): at least one character that is not white space, a control
    /// or a format character (so a zero-width space alone is blank), and no control character but tab, line feed and
    /// carriage return.
    /// </summary>
    /// <remarks>
    /// Written for the JSON Schema (ECMA-262 with Unicode property escapes); the loader applies
    /// <see cref="TextRules"/>, which reads whole code points. The two differ only for a text made solely of format
    /// characters outside the Basic Multilingual Plane, which .NET's regular expressions see as surrogates.
    /// </remarks>
    public const string Text = "(?=[\\s\\S]*[^\\s\\p{Cc}\\p{Cf}])[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*";

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

    /// <summary>Whether the whole of <paramref name="text"/> is a data release name.</summary>
    public static bool IsDataRelease(string text) => DataReleaseRegex().IsMatch(text);

    /// <summary>Whether the whole of <paramref name="text"/> is <c>prefix/slug</c> for a family prefix of lower-case words.</summary>
    public static bool IsRecordId(string text) => RecordIdRegex().IsMatch(text);

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

    [GeneratedRegex($"^(?:{DataRelease})\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DataReleaseRegex();

    [GeneratedRegex($"^(?:[a-z]+(?:-[a-z]+)*/{Slug})\\z", RegexOptions.CultureInvariant)]
    private static partial Regex RecordIdRegex();
}
