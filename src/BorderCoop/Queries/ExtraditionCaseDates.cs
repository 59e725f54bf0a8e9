using NodaTime;

namespace BorderCoop;

/// <summary>Reads the dates of an extradition case as one span, for period queries.</summary>
internal static class ExtraditionCaseDates
{
    /// <summary>
    /// From the earliest day of the earliest known date (arrest, request, grant or surrender) to the last day of the
    /// latest; null when the sources date none of them.
    /// </summary>
    public static (LocalDate Start, LocalDate End)? Span(ExtraditionCase extradition)
    {
        (LocalDate Start, LocalDate End)? span = null;
        foreach (var date in (ReadOnlySpan<PartialDate?>)[extradition.Arrested, extradition.Requested, extradition.Granted, extradition.Surrendered])
        {
            if (date is null)
            {
                continue;
            }

            span = span is { } s
                ? (LocalDate.Min(s.Start, date.Start), LocalDate.Max(s.End, date.End))
                : (date.Start, date.End);
        }

        return span;
    }

    /// <summary>How surely a case falls in <paramref name="period"/>, and why; null when it surely does not.</summary>
    /// <remarks>
    /// Certain when one of its dates surely falls in the period; uncertain when a date only may (it straddles an end of
    /// the period, or is approximate). The reason names those dates, worded only when read.
    /// </remarks>
    public static DatedMatch<ExtraditionCase>? In(ExtraditionCase extradition, DateInterval period)
    {
        var inside = false;
        var partly = false;
        foreach (var date in (ReadOnlySpan<PartialDate?>)[extradition.Arrested, extradition.Requested, extradition.Granted, extradition.Surrendered])
        {
            var placement = Place(date, period);
            inside |= placement == Placement.Inside;
            partly |= placement == Placement.Partly;
        }

        if (inside)
        {
            return new(extradition, DateCertainty.Certain, c => Describe(c, period, Placement.Inside));
        }

        if (partly)
        {
            return new(extradition, DateCertainty.Uncertain, c => Describe(c, period, Placement.Partly) + ", which may fall in the period");
        }

        // No single date falls in the period, but the case spans it (arrested before, surrendered after): it was under way.
        return Span(extradition) is { } span && span.Start < period.Start && span.End > period.End
            ? new(extradition, DateCertainty.Certain, "under way throughout the period")
            : null;
    }

    /// <summary>The steps of a case, in the order they happen, each with its name.</summary>
    private static (PartialDate? Date, string What)[] Steps(ExtraditionCase extradition) =>
        [(extradition.Arrested, "arrested"), (extradition.Requested, "requested"), (extradition.Granted, "granted"), (extradition.Surrendered, "surrendered")];

    /// <summary>Whether a date surely falls in the period, may fall in it, or surely does not (or is missing).</summary>
    private static Placement Place(PartialDate? date, DateInterval period) =>
        date is null || date.End < period.Start || date.Start > period.End ? Placement.Outside
        : date.Start >= period.Start && date.End <= period.End && !date.IsApproximate ? Placement.Inside
        : Placement.Partly;

    /// <summary>The steps of a case with the given placement, such as <c>arrested 1996-01-14, surrendered 1996-01~</c>.</summary>
    private static string Describe(ExtraditionCase extradition, DateInterval period, Placement wanted)
    {
        var parts = new List<string>(4);
        foreach (var (date, what) in Steps(extradition))
        {
            if (Place(date, period) == wanted)
            {
                parts.Add($"{what} {date}");
            }
        }

        return string.Join(", ", parts);
    }

    private enum Placement
    {
        Outside,
        Inside,
        Partly,
    }
}
