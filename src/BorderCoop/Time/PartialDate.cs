using System.Text.Json.Serialization;
using BorderCoop.Serialization;
using System.Globalization;
using NodaTime;

namespace BorderCoop;

/// <summary>
/// A calendar date known to the year, the month or the day, optionally marked approximate or given only as a bound,
/// as a source states it ("1989", "March 1996", "January 14, 1996", "around 2009", "by January 2007").
/// </summary>
/// <remarks>
/// <para>A partial date stands for every day it could be: "1996-03" covers 1996-03-01 to 1996-03-31
/// (<see cref="ToDateInterval"/>). It never pretends to a precision the source does not give.</para>
/// <para>A bound (<see cref="Qualifier"/>) stands for every day on its side: "by January 2007" (<c>[..2007-01]</c>)
/// covers every day up to 2007-01-31, so its <see cref="Start"/> is <see cref="LocalDate.MinIsoValue"/>; "since 2003"
/// (<c>[2003..]</c>) covers 2003-01-01 onwards, so its <see cref="End"/> is <see cref="LocalDate.MaxIsoValue"/>.
/// <see cref="Year"/>, <see cref="Month"/> and <see cref="Day"/> are those of the date the bound names.</para>
/// <para>Ordering (<see cref="CompareTo(PartialDate?)"/>) is by the first day of the date named (for a bound, the
/// bound's own first day: "by January 2007" sorts with January 2007), then the wider span first ("1996" before
/// "1996-01" before "1996-01-01", a bound before the date it names), then exact before approximate. Two partial dates
/// are equal when year, month, day, qualifier and the approximate flag are all equal, so equality agrees with
/// ordering.</para>
/// <para>The text form is the Extended Date/Time Format subset used by the data files:
/// <c>1996</c>, <c>1996-03</c>, <c>1996-01-14</c>, with a trailing <c>~</c> when approximate; a bound is written
/// as an EDTF set, <c>[..2007-01]</c> (on or before) or <c>[2003..]</c> (on or after).</para>
/// </remarks>
[JsonConverter(typeof(TextFormJsonConverter<PartialDate>))]
public sealed record PartialDate : IComparable<PartialDate>, IComparable
{
    /// <summary>The earliest year a partial date can have.</summary>
    public const int MinimumYear = 1;

    /// <summary>The latest year a partial date can have.</summary>
    public const int MaximumYear = 9999;

    private PartialDate(int year, int? month, int? day, bool isApproximate, DateQualifier qualifier = DateQualifier.Exact)
    {
        if (!Enum.IsDefined(qualifier))
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Not a date qualifier.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinimumYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaximumYear);
        if (month is { } m)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(m, 1, nameof(month));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(m, 12, nameof(month));
            if (day is { } d)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(d, 1, nameof(day));
                ArgumentOutOfRangeException.ThrowIfGreaterThan(d, CalendarSystem.Iso.GetDaysInMonth(year, m), nameof(day));
            }
        }
        else if (day is not null)
        {
            throw new ArgumentException("A day cannot be given without a month.", nameof(day));
        }

        Year = year;
        Month = month;
        Day = day;
        IsApproximate = isApproximate;
        Qualifier = qualifier;

        // Worked out once: date queries compare these for every candidate.
        NamedStart = new LocalDate(year, month ?? 1, day ?? 1);
        NamedEnd = day is not null ? NamedStart
            : month is { } lastMonth ? new LocalDate(year, lastMonth, CalendarSystem.Iso.GetDaysInMonth(year, lastMonth))
            : new LocalDate(year, 12, 31);
        OrderKey = OrderKeyOf(NamedStart, NamedEnd, qualifier, isApproximate);
        Start = qualifier == DateQualifier.OnOrBefore ? LocalDate.MinIsoValue : NamedStart;
        End = qualifier == DateQualifier.OnOrAfter ? LocalDate.MaxIsoValue : NamedEnd;

        // An approximate date may be one unit of its precision either side ("c. 2004": 2003 to 2005).
        EarliestDay = !isApproximate || Start == LocalDate.MinIsoValue ? Start
            : Precision switch
            {
                DatePrecision.Day => Start.PlusDays(-1),
                DatePrecision.Month => Start.PlusMonths(-1),
                _ => year > MinimumYear ? Start.PlusYears(-1) : Start,
            };
        LatestDay = !isApproximate || End == LocalDate.MaxIsoValue ? End
            : Precision switch
            {
                DatePrecision.Day => End.PlusDays(1),
                // The month after November 9999 is the last of the calendar; its end is the last day there is.
                DatePrecision.Month => End.PlusDays(1) >= new LocalDate(MaximumYear, 12, 1) ? LocalDate.MaxIsoValue : End.PlusDays(1).PlusMonths(1).PlusDays(-1),
                _ => year < MaximumYear ? End.PlusYears(1) : End,
            };
    }

    /// <summary>The year (1 to 9999).</summary>
    public int Year { get; }

    /// <summary>The month (1 to 12), or <see langword="null"/> when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or <see langword="null"/> when the day is not known.</summary>
    public int? Day { get; }

    /// <summary>Whether the source gives the date only approximately ("around", "a few days later").</summary>
    public bool IsApproximate { get; }

    /// <summary>Whether this is the date itself or only a bound on it ("by January 2007", "since 2003").</summary>
    public DateQualifier Qualifier { get; }

    /// <summary>Whether the date is only a bound (<see cref="DateQualifier.OnOrBefore"/> or <see cref="DateQualifier.OnOrAfter"/>).</summary>
    public bool IsBound => Qualifier != DateQualifier.Exact;

    /// <summary>How much of the date (or of the bound) is known.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day this partial date could be; <see cref="LocalDate.MinIsoValue"/> for an on-or-before bound.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day this partial date could be; <see cref="LocalDate.MaxIsoValue"/> for an on-or-after bound.</summary>
    public LocalDate End { get; }

    /// <summary>
    /// The earliest day the date can be: <see cref="Start"/>, or for an approximate date one unit of its precision
    /// earlier ("c. 2004" can be as early as 2003-01-01). Date queries grade by this and <see cref="LatestDay"/>.
    /// </summary>
    internal LocalDate EarliestDay { get; }

    /// <summary>The latest day the date can be: <see cref="End"/>, or for an approximate date one unit of its precision later.</summary>
    internal LocalDate LatestDay { get; }

    /// <summary>The first day of the date as written, ignoring the qualifier: 2007-01-01 for "by January 2007".</summary>
    internal LocalDate NamedStart { get; }

    /// <summary>The last day of the date as written, ignoring the qualifier: 2007-01-31 for "by January 2007".</summary>
    internal LocalDate NamedEnd { get; }

    /// <summary>
    /// The date's place in the order <see cref="CompareTo(PartialDate?)"/> gives, as one number: two dates compare as
    /// their keys do, so a sort of many dates compares integers.
    /// </summary>
    internal long OrderKey { get; }

    /// <summary>Creates a date known only to the year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="isApproximate">Whether the source gives the year only approximately.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public static PartialDate FromYear(int year, bool isApproximate = false) => new(year, null, null, isApproximate);

    /// <summary>Creates a date known to the month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="isApproximate">Whether the source gives the month only approximately.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static PartialDate FromYearMonth(int year, int month, bool isApproximate = false) => new(year, month, null, isApproximate);

    /// <summary>Creates a date known to the day.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day, valid for that month and year.</param>
    /// <param name="isApproximate">Whether the source gives the day only approximately.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or day is out of range (February 30th, month 13).</exception>
    public static PartialDate FromDate(int year, int month, int day, bool isApproximate = false) => new(year, month, day, isApproximate);

    /// <summary>The bound "on or before this date" ("by January 2007"): every day up to this date's last day.</summary>
    /// <returns>A partial date with the same year, month, day and approximate flag, qualified <see cref="DateQualifier.OnOrBefore"/>.</returns>
    public PartialDate OrBefore() => new(Year, Month, Day, IsApproximate, DateQualifier.OnOrBefore);

    /// <summary>The bound "on or after this date" ("since 2003"): every day from this date's first day.</summary>
    /// <returns>A partial date with the same year, month, day and approximate flag, qualified <see cref="DateQualifier.OnOrAfter"/>.</returns>
    public PartialDate OrAfter() => new(Year, Month, Day, IsApproximate, DateQualifier.OnOrAfter);

    /// <summary>The date this partial date names, without its bound: "January 2007" for "by January 2007".</summary>
    /// <returns>This date when it is <see cref="DateQualifier.Exact"/>; otherwise the same date qualified exact.</returns>
    public PartialDate WithoutBound() => IsBound ? new(Year, Month, Day, IsApproximate) : this;

    /// <summary>Creates a date known to the day from a NodaTime <see cref="LocalDate"/>.</summary>
    /// <param name="date">The date; its calendar must be ISO.</param>
    /// <param name="isApproximate">Whether the date is approximate.</param>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public static PartialDate FromLocalDate(LocalDate date, bool isApproximate = false)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Only ISO calendar dates are supported.", nameof(date));
        }

        return new(date.Year, date.Month, date.Day, isApproximate);
    }

    /// <summary>
    /// Parses the EDTF form: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, optionally followed by <c>~</c>; a bound
    /// is <c>[..DATE]</c> (on or before) or <c>[DATE..]</c> (on or after).
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not in that form, or names an impossible date; the message says which.</exception>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result, out var error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse the EDTF form accepted by <see cref="Parse"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The partial date, when parsing succeeds.</param>
    /// <returns>Whether the text was a valid partial date.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PartialDate? result) =>
        TryParse(text, out result, out _);

    /// <summary>
    /// Parses exactly the texts of <see cref="Serialization.TextPatterns.PartialDate"/> (the form the JSON Schema
    /// states); <see cref="TryRead"/> reads them and words why any other text is not a date.
    /// </summary>
    private static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PartialDate? result, out string error)
    {
        if (TryRead(text, out result, out error) && Serialization.TextPatterns.IsPartialDate(text!))
        {
            return true;
        }

        result = null;
        error = error.Length > 0 ? error : $"'{text}' is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by '~', or a bound [..DATE] or [DATE..].";
        return false;
    }

    private static bool TryRead(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PartialDate? result, out string error)
    {
        result = null;
        if (string.IsNullOrEmpty(text))
        {
            error = "A partial date cannot be empty.";
            return false;
        }

        var span = text.AsSpan();
        var qualifier = DateQualifier.Exact;
        if (span.Length > 2 && span[0] == '[' && span[^1] == ']')
        {
            span = span[1..^1];
            if (span.StartsWith("..", StringComparison.Ordinal) && !span.EndsWith("..", StringComparison.Ordinal))
            {
                qualifier = DateQualifier.OnOrBefore;
                span = span[2..];
            }
            else if (span.EndsWith("..", StringComparison.Ordinal) && !span.StartsWith("..", StringComparison.Ordinal))
            {
                qualifier = DateQualifier.OnOrAfter;
                span = span[..^2];
            }
            else
            {
                error = $"'{text}' is not a bound: expected [..DATE] (on or before) or [DATE..] (on or after).";
                return false;
            }
        }

        var approximate = span.EndsWith("~", StringComparison.Ordinal);
        if (approximate)
        {
            span = span[..^1];
        }

        // YYYY, YYYY-MM or YYYY-MM-DD, digits only.
        if (span.Length is not (4 or 7 or 10)
            || (span.Length >= 7 && span[4] != '-')
            || (span.Length == 10 && span[7] != '-')
            || !IsDigits(span[..4])
            || (span.Length >= 7 && !IsDigits(span.Slice(5, 2)))
            || (span.Length == 10 && !IsDigits(span.Slice(8, 2))))
        {
            error = $"'{text}' is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by '~', or a bound [..DATE] or [DATE..].";
            return false;
        }

        var year = int.Parse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture);
        int? month = span.Length >= 7 ? int.Parse(span.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture) : null;
        int? day = span.Length == 10 ? int.Parse(span.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture) : null;

        if (year < MinimumYear)
        {
            error = $"'{text}' has year 0000; years start at 0001.";
            return false;
        }

        if (month is < 1 or > 12)
        {
            error = $"'{text}' has month {month}; months run from 01 to 12.";
            return false;
        }

        if (day is { } d && (d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(year, month!.Value)))
        {
            error = $"'{text}' is not a day of the calendar: {year:D4}-{month:D2} has {CalendarSystem.Iso.GetDaysInMonth(year, month!.Value)} days.";
            return false;
        }

        result = new PartialDate(year, month, day, approximate, qualifier);
        error = string.Empty;
        return true;

        static bool IsDigits(ReadOnlySpan<char> s)
        {
            foreach (var c in s)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The closed interval of days this partial date covers (a whole year, month or single day).</summary>
    /// <returns>The interval from <see cref="Start"/> to <see cref="End"/> inclusive.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Whether <paramref name="date"/> is one of the days this partial date could be.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns><see langword="true"/> when the day lies in the covered span.</returns>
    /// <remarks>The approximate flag does not widen the span: "c. 2009" contains exactly the days of 2009.</remarks>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Whether every day of <paramref name="other"/> lies within this partial date ("1996" contains "1996-03").</summary>
    /// <param name="other">The partial date to test.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/>'s whole span is inside this one's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Contains(PartialDate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Start >= Start && other.End <= End;
    }

    /// <summary>Compares by the first day of the date named, then wider span first, then exact before approximate.</summary>
    /// <param name="other">The partial date to compare with; null sorts first.</param>
    /// <returns>A negative number, zero or a positive number, as for <see cref="IComparable{T}"/>.</returns>
    public int CompareTo(PartialDate? other) => other is null ? 1 : OrderKey.CompareTo(other.OrderKey);

    /// <summary>
    /// Packs the ordering rules into one number, most significant first: the first day named (year, month, day: 23 bits),
    /// the last day named, reversed so that a wider span sorts first (23 bits), a bound before an exact date (1 bit),
    /// exact before approximate (1 bit), then the qualifier as a number (2 bits). Every part is one of a date's
    /// fields, so the key is equal exactly when the dates are.
    /// </summary>
    private static long OrderKeyOf(LocalDate namedStart, LocalDate namedEnd, DateQualifier qualifier, bool isApproximate)
    {
        const int DayBits = 23;
        const long LastDay = (1L << DayBits) - 1;
        static long DayKey(LocalDate day) => ((long)day.Year << 9) | ((long)day.Month << 5) | (long)day.Day;

        return (DayKey(namedStart) << (DayBits + 4))
            | ((LastDay - DayKey(namedEnd)) << 4)
            | ((qualifier == DateQualifier.Exact ? 1L : 0L) << 3)
            | ((isApproximate ? 1L : 0L) << 2)
            | (long)qualifier;
    }

    /// <inheritdoc cref="CompareTo(PartialDate?)"/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="PartialDate"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a PartialDate.", nameof(obj)),
    };

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(PartialDate? left, PartialDate? right) => NullableOrder.Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(PartialDate? left, PartialDate? right) => NullableOrder.Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(PartialDate? left, PartialDate? right) => NullableOrder.Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(PartialDate? left, PartialDate? right) => NullableOrder.Compare(left, right) >= 0;

    /// <summary>The EDTF form: <c>1996</c>, <c>1996-03</c>, <c>1996-01-14</c>, with <c>~</c> when approximate, in <c>[..]</c> when a bound.</summary>
    /// <returns>The text form, which <see cref="Parse"/> reads back.</returns>
    public override string ToString()
    {
        var core = Precision switch
        {
            DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
            _ => Year.ToString("D4", CultureInfo.InvariantCulture),
        };
        var dated = IsApproximate ? core + "~" : core;
        return Qualifier switch
        {
            DateQualifier.OnOrBefore => "[.." + dated + "]",
            DateQualifier.OnOrAfter => "[" + dated + "..]",
            _ => dated,
        };
    }
}
