using NodaTime;

namespace BorderCoop;

/// <summary>The dates an agreement's questions read: its signing (or issue), and its entry into force.</summary>
internal static class AgreementDates
{
    /// <summary>The date an agreement was made: signed, or issued for norms one government issues; null when neither is given.</summary>
    public static (Agreement Agreement, PartialDate Date, DateKind Kind)? Signing(Agreement agreement) =>
        agreement.Signed is { } signed ? (agreement, signed, DateKind.Signed)
        : agreement.Issued is { } issued ? (agreement, issued, DateKind.Issued)
        : null;

    /// <summary>
    /// Whether the agreement may be in force on <paramref name="date"/>: certain from the last day its entry into force
    /// can be; uncertain on days it may or may not have entered into force, and when only its signing is given (it cannot
    /// be in force before that); false before the first day it could have entered into force.
    /// </summary>
    public static bool InForceOn(EntryIntoForce entry, LocalDate date, out DatedMatch<Agreement> match)
    {
        if (date < entry.FirstDay)
        {
            match = default;
            return false;
        }

        var agreement = entry.Agreement;
        if (agreement.InForce is not { } inForce)
        {
            match = new(agreement, DateKind.InForce, DateOverlap.Unknown, DateCertainty.Uncertain, context: Signing(agreement) is { } made ? (made.Date, made.Kind) : null);
            return true;
        }

        var certain = date >= inForce.LatestDay;
        match = new(agreement, DateKind.InForce, certain ? DateOverlap.Covers : DateOverlap.PartlyOverlaps, certain ? DateCertainty.Certain : DateCertainty.Uncertain, date: inForce);
        return true;
    }

    /// <summary>The first day an agreement can be in force: the first day of its entry into force, or of its signing when that is all that is given.</summary>
    /// <param name="Agreement">The agreement.</param>
    /// <param name="FirstDay">The first day it can be in force.</param>
    internal readonly record struct EntryIntoForce(Agreement Agreement, LocalDate FirstDay)
    {
        /// <summary>The entry of an agreement with a date of entry into force, signing or issue; null for one with none.</summary>
        public static EntryIntoForce? Of(Agreement agreement)
        {
            // Not in force before it was made: an approximate entry into force is raised to the signing or issue.
            var made = (agreement.Signed ?? agreement.Issued)?.EarliestDay;
            return (agreement.InForce ?? agreement.Signed ?? agreement.Issued) is { } first
                ? new EntryIntoForce(agreement, made is { } day && day > first.EarliestDay ? day : first.EarliestDay)
                : null;
        }
    }
}
