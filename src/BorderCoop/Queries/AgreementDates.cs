using NodaTime;

namespace BorderCoop;

/// <summary>Answers date questions about agreements, keeping the precision of each date.</summary>
internal static class AgreementDates
{
    /// <summary>
    /// An agreement is in force on a day from its entry into force on; the sources record no terminations. When the
    /// entry into force is not given, the signing date is the earliest it can be, and the answer is uncertain.
    /// </summary>
    public static DatedMatch<Agreement>? InForceOn(Agreement agreement, LocalDate date)
    {
        if (agreement.InForce is { } inForce)
        {
            if (date < inForce.Start)
            {
                return null;
            }

            if (date <= inForce.End)
            {
                return new(agreement, DateCertainty.Uncertain, static a => $"entered into force in {a.InForce}; the exact day is not given");
            }

            return inForce.IsApproximate
                ? new(agreement, DateCertainty.Uncertain, static a => $"entered into force around {a.InForce}")
                : new(agreement, DateCertainty.Certain, static a => $"in force since {a.InForce}");
        }

        if (agreement.Signed is { } signed && date >= signed.Start)
        {
            return new(agreement, DateCertainty.Uncertain, static a => $"signed {a.Signed}; the sources give no date of entry into force");
        }

        return null;
    }

    /// <summary>Certain when the whole span of the signing date lies in the interval, uncertain when only part of it does.</summary>
    public static DatedMatch<Agreement>? SignedIn(Agreement agreement, DateInterval interval)
    {
        if (agreement.Signed is not { } signed || signed.End < interval.Start || signed.Start > interval.End)
        {
            return null;
        }

        var inside = signed.Start >= interval.Start && signed.End <= interval.End;
        if (!inside)
        {
            return new(agreement, DateCertainty.Uncertain, static a => $"signed {a.Signed}, which only partly falls in the period");
        }

        return signed.IsApproximate
            ? new(agreement, DateCertainty.Uncertain, static a => $"signed around {a.Signed}")
            : new(agreement, DateCertainty.Certain, static a => $"signed {a.Signed}");
    }
}
