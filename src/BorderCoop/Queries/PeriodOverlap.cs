using NodaTime;

namespace BorderCoop;

/// <summary>Decides whether a partially known period overlaps an interval of days, and how surely.</summary>
internal static class PeriodOverlap
{
    /// <summary>The widest days the period can cover: unknown and open ends reach as far as they might.</summary>
    public static (LocalDate Start, LocalDate End) Widest(DateRange period) =>
        (period.Start?.Start ?? LocalDate.MinIsoValue, period.End?.End ?? LocalDate.MaxIsoValue);

    /// <summary>
    /// How surely <paramref name="period"/> overlaps <paramref name="interval"/>: certain when even its narrowest reading
    /// does, uncertain when only its widest reading does, null when not even that (see <see cref="PeriodBounds.Overlap"/>).
    /// </summary>
    public static DateCertainty? Of(DateRange period, DateInterval interval) => PeriodBounds.Of(period).Overlap(interval);

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
