using NodaTime;

namespace BorderCoop;

/// <summary>Agreements by the dates they were signed and entered into force.</summary>
public sealed partial class BorderCoopData
{
    /// <summary>The agreements in force on <paramref name="date"/>, each with how sure that is and why (date kind <see cref="DateKind.InForce"/>).</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>The matches in time order of their entry into force; agreements whose dates the sources do not give last.</returns>
    /// <remarks>
    /// An agreement known to enter into force "in 1991" is <see cref="DateCertainty.Uncertain"/> on 1991-06-01 and
    /// <see cref="DateCertainty.Certain"/> from 1992-01-01. One with only a signing (or issue) date is uncertain from that
    /// date on ("signed 1989; the sources give no date of entry into force"), and left out before it: it cannot be in
    /// force before it was made. One with no date at all is uncertain on every day, never left out, with the dates that
    /// conflicting passages give, if any. The sources record no terminations, so no agreement is reported as ended.
    /// </remarks>
    public IReadOnlyList<DatedMatch<Agreement>> AgreementsInForceOn(LocalDate date)
    {
        using var matches = new PooledList<DatedMatch<Agreement>>();
        Indexes.AgreementsByEntryIntoForce.Overlapping(date, date, (AgreementDates.EntryIntoForce e, out DatedMatch<Agreement> m) => AgreementDates.InForceOn(e, date, out m), matches);
        foreach (var agreement in Indexes.AgreementsBySigning.Unknown)
        {
            if (agreement.InForce is null)
            {
                matches.Add(DateWindow.Unknown(agreement, DateKind.InForce, Indexes.CandidatesFor(agreement.Id, DateKind.InForce)));
            }
        }

        return DateWindow.InTimeOrder(matches);
    }

    /// <summary>
    /// The agreements signed within <paramref name="period"/> (date kind <see cref="DateKind.Signed"/>), or, for norms
    /// one government issues, issued within it (<see cref="DateKind.Issued"/>), each with how sure that is and why.
    /// </summary>
    /// <param name="period">The days asked about, inclusive.</param>
    /// <returns>
    /// The matches in time order: certain when every day the date can be lies in the period, uncertain when a year,
    /// month, approximate date or bound only partly overlaps it; then, as uncertain, every agreement whose signing the
    /// sources do not date, with the dates that conflicting passages give.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public IReadOnlyList<DatedMatch<Agreement>> AgreementsSignedIn(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (dated, unknown) = Indexes.AgreementsBySigning;
        using var matches = new PooledList<DatedMatch<Agreement>>();
        dated.Overlapping(period.Start, period.End, ((Agreement Agreement, PartialDate Date, DateKind Kind) e, out DatedMatch<Agreement> m) => DateWindow.Grade(e.Agreement, e.Date, e.Kind, period, out m), matches);
        foreach (var agreement in unknown)
        {
            matches.Add(DateWindow.Unknown(agreement, DateKind.Signed, Indexes.CandidatesFor(agreement.Id, DateKind.Signed)));
        }

        DateWindow.Regrade(matches, Indexes.DisputedSignings, DateKind.Signed, period);
        DateWindow.Regrade(matches, Indexes.DisputedSignings, DateKind.Issued, period);

        return DateWindow.InTimeOrder(matches);
    }
}
