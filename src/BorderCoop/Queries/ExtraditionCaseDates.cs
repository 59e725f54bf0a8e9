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
    public static DatedMatch<ExtraditionCase>? In(ExtraditionCase extradition, DateInterval period)
    {
        var inside = new List<string>();
        var partly = new List<string>();
        void Check(PartialDate? date, string what)
        {
            if (date is null || date.End < period.Start || date.Start > period.End)
            {
                return;
            }

            if (date.Start >= period.Start && date.End <= period.End && !date.IsApproximate)
            {
                inside.Add($"{what} {date}");
            }
            else
            {
                partly.Add($"{what} {date}");
            }
        }

        Check(extradition.Arrested, "arrested");
        Check(extradition.Requested, "requested");
        Check(extradition.Granted, "granted");
        Check(extradition.Surrendered, "surrendered");
        if (inside.Count > 0)
        {
            return new(extradition, DateCertainty.Certain, string.Join(", ", inside));
        }

        if (partly.Count > 0)
        {
            return new(extradition, DateCertainty.Uncertain, string.Join(", ", partly) + ", which may fall in the period");
        }

        // No single date falls in the period, but the case spans it (arrested before, surrendered after): it was under way.
        return Span(extradition) is { } span && span.Start < period.Start && span.End > period.End
            ? new(extradition, DateCertainty.Certain, "under way throughout the period")
            : null;
    }
}
