using System.Text.Json.Serialization;
using BorderCoop.Serialization;
using System.Diagnostics.CodeAnalysis;

namespace BorderCoop;

/// <summary>
/// A span of time whose ends are partial dates, and either end may be unknown or open: "between 1995
/// and 2000", "since January 2006", "prior to 1994".
/// </summary>
/// <remarks>
/// <para>The text form is an EDTF interval: <c>1995/2000</c>; an empty side is unknown
/// (<c>2006-01/</c>); <c>..</c> is open (<c>2006-01/..</c>, <c>../1994</c>). A single partial date such as
/// <c>2009</c> is read as the range that starts and ends with it.</para>
/// <para>The end may not lie wholly before the start: <c>2000/1995</c> is rejected, while
/// <c>1996-03/1996</c> is accepted because the year 1996 ends after March 1996 begins.</para>
/// <para>Two ranges are equal when both ends are equal, bound kinds included.</para>
/// </remarks>
[JsonConverter(typeof(TextFormJsonConverter<DateRange>))]
public sealed record DateRange
{
    /// <summary>Creates a range from its two ends.</summary>
    /// <param name="start">The first partial date, or <see langword="null"/> when the start is unknown or open.</param>
    /// <param name="end">The last partial date, or <see langword="null"/> when the end is unknown or open.</param>
    /// <param name="isStartOpen">Whether the range reaches back indefinitely; requires <paramref name="start"/> to be null.</param>
    /// <param name="isEndOpen">Whether the range was still running as of the source; requires <paramref name="end"/> to be null.</param>
    /// <exception cref="ArgumentException">An open end also has a date, or the end lies wholly before the start.</exception>
    public DateRange(PartialDate? start, PartialDate? end, bool isStartOpen = false, bool isEndOpen = false)
    {
        if (isStartOpen && start is not null)
        {
            throw new ArgumentException("An open start cannot also have a date.", nameof(isStartOpen));
        }

        if (isEndOpen && end is not null)
        {
            throw new ArgumentException("An open end cannot also have a date.", nameof(isEndOpen));
        }

        if (start is not null && end is not null && end.End < start.Start)
        {
            throw new ArgumentException($"The end {end} lies before the start {start}.", nameof(end));
        }

        Start = start;
        End = end;
        StartKind = start is not null ? DateBoundKind.Known : isStartOpen ? DateBoundKind.Open : DateBoundKind.Unknown;
        EndKind = end is not null ? DateBoundKind.Known : isEndOpen ? DateBoundKind.Open : DateBoundKind.Unknown;
    }

    /// <summary>The first partial date, or <see langword="null"/> when the start is unknown or open (see <see cref="StartKind"/>).</summary>
    public PartialDate? Start { get; }

    /// <summary>The last partial date, or <see langword="null"/> when the end is unknown or open (see <see cref="EndKind"/>).</summary>
    public PartialDate? End { get; }

    /// <summary>Whether the start is known, unknown or open.</summary>
    public DateBoundKind StartKind { get; }

    /// <summary>Whether the end is known, unknown or open.</summary>
    public DateBoundKind EndKind { get; }

    /// <summary>Creates the range covering exactly one partial date ("in 2009").</summary>
    /// <param name="date">The partial date.</param>
    /// <returns>A range whose start and end are both <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is null.</exception>
    public static DateRange Single(PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return new DateRange(date, date);
    }

    /// <summary>Parses the EDTF interval form described on <see cref="DateRange"/>.</summary>
    /// <param name="text">The text to parse, such as <c>1995/2000</c> or <c>2006-01/..</c>.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid range; the message says why.</exception>
    public static DateRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result, out var error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse the EDTF interval form described on <see cref="DateRange"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The range, when parsing succeeds.</param>
    /// <returns>Whether the text was a valid range.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DateRange? result) => TryParse(text, out result, out _);

    /// <summary>
    /// Parses exactly the texts of <see cref="Serialization.TextPatterns.DateRange"/> whose end is not before their
    /// start; <see cref="TryRead"/> reads them and words why any other text is not a period.
    /// </summary>
    private static bool TryParse(string? text, [NotNullWhen(true)] out DateRange? result, out string error)
    {
        if (TryRead(text, out result, out error) && Serialization.TextPatterns.IsDateRange(text!))
        {
            return true;
        }

        result = null;
        error = error.Length > 0 ? error : $"'{text}' is not a date range: each side must be a partial date, '..' (open) or empty (unknown).";
        return false;
    }

    private static bool TryRead(string? text, [NotNullWhen(true)] out DateRange? result, out string error)
    {
        result = null;
        if (string.IsNullOrEmpty(text))
        {
            error = "A date range cannot be empty.";
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            if (!PartialDate.TryParse(text, out var single))
            {
                error = $"'{text}' is neither a partial date nor a 'start/end' range.";
                return false;
            }

            result = Single(single);
            error = string.Empty;
            return true;
        }

        if (text.IndexOf('/', slash + 1) >= 0)
        {
            error = $"'{text}' has more than one '/'.";
            return false;
        }

        var startText = text[..slash];
        var endText = text[(slash + 1)..];
        if (!TryParseBound(startText, out var start, out var startOpen) || !TryParseBound(endText, out var end, out var endOpen))
        {
            error = $"'{text}' is not a date range: each side must be a partial date, '..' (open) or empty (unknown).";
            return false;
        }

        if (start is null && end is null && !startOpen && !endOpen)
        {
            error = $"'{text}' says nothing: at least one side must be a date or '..'.";
            return false;
        }

        if (start is not null && end is not null && end.End < start.Start)
        {
            error = $"'{text}' ends before it starts.";
            return false;
        }

        result = new DateRange(start, end, startOpen, endOpen);
        error = string.Empty;
        return true;

        static bool TryParseBound(string side, out PartialDate? date, out bool open)
        {
            date = null;
            open = side == "..";
            return open || side.Length == 0 || PartialDate.TryParse(side, out date);
        }
    }

    /// <summary>Whether the range stands for a single partial date (start and end are the same).</summary>
    public bool IsSingleDate => Start is not null && Start.Equals(End);

    /// <summary>The EDTF interval form, which <see cref="Parse"/> reads back; a single date prints as that date.</summary>
    /// <returns>The text form.</returns>
    public override string ToString()
    {
        if (IsSingleDate)
        {
            return Start!.ToString();
        }

        return $"{Side(Start, StartKind)}/{Side(End, EndKind)}";

        static string Side(PartialDate? date, DateBoundKind kind) => kind switch
        {
            DateBoundKind.Known => date!.ToString(),
            DateBoundKind.Open => "..",
            _ => string.Empty,
        };
    }
}
