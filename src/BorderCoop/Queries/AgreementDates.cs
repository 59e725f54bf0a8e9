using NodaTime;

namespace BorderCoop;

/// <summary>Answers date questions about agreements, keeping the precision of each date.</summary>
internal static class AgreementDates
{
    /// <summary>
    /// An agreement is in force on a day from its entry into force on; the sources record no terminations. When the
    /// entry into force is not given, the signing date is the earliest it can be, and the answer is uncertain. Graded
    /// from the days its index keeps (<see cref="EntryIntoForce"/>); the reason is worded from the record when read.
    /// </summary>
    public static DatedMatch<Agreement>? InForceOn(EntryIntoForce entry, LocalDate date)
    {
        if (date < entry.FirstDay)
        {
            return null;
        }

        if (entry.InForceLastDay is not { } lastDay)
        {
            return new(entry.Agreement, DateCertainty.Uncertain, static a => $"signed {a.Signed}; the sources give no date of entry into force");
        }

        if (date <= lastDay)
        {
            return new(entry.Agreement, DateCertainty.Uncertain, static a => $"entered into force in {a.InForce}; the exact day is not given");
        }

        return entry.IsApproximate
            ? new(entry.Agreement, DateCertainty.Uncertain, static a => $"entered into force around {a.InForce}")
            : new(entry.Agreement, DateCertainty.Certain, static a => $"in force since {a.InForce}");
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

    /// <summary>What deciding whether an agreement is in force needs, kept in the index beside the agreement.</summary>
    /// <param name="Agreement">The agreement.</param>
    /// <param name="FirstDay">The first day it can be in force: that of its entry into force, else of its signing.</param>
    /// <param name="InForceLastDay">The last day its entry into force can be, or null when the sources do not give it.</param>
    /// <param name="IsApproximate">Whether the entry into force is given only approximately.</param>
    internal readonly record struct EntryIntoForce(Agreement Agreement, LocalDate FirstDay, LocalDate? InForceLastDay, bool IsApproximate)
    {
        /// <summary>The entry for <paramref name="agreement"/>, or null when it has neither date.</summary>
        public static EntryIntoForce? Of(Agreement agreement) =>
            (agreement.InForce ?? agreement.Signed) is { } first
                ? new EntryIntoForce(agreement, first.Start, agreement.InForce?.End, agreement.InForce?.IsApproximate == true)
                : null;
    }
}
