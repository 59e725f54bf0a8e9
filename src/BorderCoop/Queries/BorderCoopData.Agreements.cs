using NodaTime;

namespace BorderCoop;

/// <summary>Agreements by the dates they were signed and entered into force.</summary>
public sealed partial class BorderCoopData
{
    /// <summary>The agreements in force on <paramref name="date"/>, each with how sure that is and why.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>Matching agreements, earliest possible entry into force first.</returns>
    /// <remarks>
    /// An agreement known to enter into force "in 1991" is <see cref="DateCertainty.Uncertain"/> on 1991-06-01 and
    /// <see cref="DateCertainty.Certain"/> from 1992-01-01. One with only a signing date is uncertain from that date on,
    /// so an agreement known only as signed "1989" is uncertain, never certain, on 1989-01-01. Agreements with neither
    /// date are left out, as are days before the earliest possible start. The sources record no terminations, so no
    /// agreement is reported as ended.
    /// </remarks>
    public IReadOnlyList<DatedMatch<Agreement>> AgreementsInForceOn(LocalDate date) =>
        DateWindow.Query(indexes.AgreementsByEntryIntoForce, new DateInterval(date, date), a => AgreementDates.InForceOn(a, date));

    /// <summary>The agreements signed within <paramref name="period"/>, each with how sure that is.</summary>
    /// <param name="period">The days asked about, inclusive.</param>
    /// <returns>
    /// Matching agreements, earliest signing first; certain when the whole signing date lies in the period and is not
    /// approximate, uncertain when a year or month only partly overlaps it.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public IReadOnlyList<DatedMatch<Agreement>> AgreementsSignedIn(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return DateWindow.Query(indexes.AgreementsBySigning, period, a => AgreementDates.SignedIn(a, period));
    }
}
