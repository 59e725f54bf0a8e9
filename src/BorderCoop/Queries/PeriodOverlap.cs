using NodaTime;

namespace BorderCoop;

/// <summary>Decides whether a partially known period overlaps an interval of days, and how surely.</summary>
internal static class PeriodOverlap
{
    /// <summary>The widest days the period can cover: unknown and open ends reach as far as they might.</summary>
    public static (LocalDate Start, LocalDate End) Widest(DateRange period) =>
        (period.Start?.Start ?? LocalDate.MinIsoValue, period.End?.End ?? LocalDate.MaxIsoValue);

    /// <summary>
    /// Null when the period certainly misses the interval; Certain when every reading of the period's ends overlaps
    /// it; Uncertain when an unknown, open or coarse end leaves it possible but not sure.
    /// </summary>
    public static DateCertainty? Of(DateRange period, DateInterval interval)
    {
        var (earliestStart, latestEnd) = Widest(period);
        if (latestEnd < interval.Start || earliestStart > interval.End)
        {
            return null;
        }

        // The narrowest it can be: an open start truly reaches back, an unknown one might not.
        var latestStart = period.StartKind switch
        {
            DateBoundKind.Known => period.Start!.End,
            DateBoundKind.Open => LocalDate.MinIsoValue,
            _ => (LocalDate?)null,
        };
        var earliestEnd = period.EndKind == DateBoundKind.Known ? period.End!.Start : (LocalDate?)null;
        var approximate = period.Start?.IsApproximate == true || period.End?.IsApproximate == true;

        return latestStart is { } ls && earliestEnd is { } ee && ls <= interval.End && ee >= interval.Start && !approximate
            ? DateCertainty.Certain
            : DateCertainty.Uncertain;
    }

    /// <summary>Why a period can only possibly overlap: which of its ends is unknown, open, approximate or coarse.</summary>
    public static string WhyUncertain(DateRange period)
    {
        var reasons = new List<string>(2);
        if (period.StartKind == DateBoundKind.Unknown)
        {
            reasons.Add("its start is not given");
        }
        else if (period.Start?.IsApproximate == true)
        {
            reasons.Add("its start is approximate");
        }

        if (period.EndKind == DateBoundKind.Open)
        {
            reasons.Add("it was still under way when last reported");
        }
        else if (period.EndKind == DateBoundKind.Unknown)
        {
            reasons.Add("its end is not given");
        }
        else if (period.End?.IsApproximate == true)
        {
            reasons.Add("its end is approximate");
        }

        if (reasons.Count == 0)
        {
            reasons.Add("its dates are not known to the day");
        }

        return string.Join(" and ", reasons);
    }
}
