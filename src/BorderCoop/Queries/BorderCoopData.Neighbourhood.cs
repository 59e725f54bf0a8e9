using NodaTime;

namespace BorderCoop;

/// <summary>A record's neighbourhood, and the roles people held over time.</summary>
public sealed partial class BorderCoopData
{
    /// <summary>
    /// Everything around the record with id <paramref name="recordId"/>: what it points to, what points to it (a person's
    /// signatures, cases and events; a program's budget lines and figures), its conflicts and its citations.
    /// </summary>
    /// <param name="recordId">A record id.</param>
    /// <returns>The neighbourhood.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No record has that id; the message names it.</exception>
    public RecordNeighbourhood NeighbourhoodOf(string recordId)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        var record = Find(recordId) ?? throw new KeyNotFoundException($"No record has the id '{recordId}'.");
        var references = RecordReferences.Links(record)
            .Select(r => new RecordLink(byId[r.Id], r.Field, isIncoming: false));
        return new RecordNeighbourhood(
            record,
            ValueList<RecordLink>.From(references),
            indexes.LinksTo.Get(recordId),
            ConflictsAbout(recordId),
            CitationsOf(recordId));
    }

    /// <summary>
    /// The roles people held at some time during <paramref name="period"/> (date kind <see cref="DateKind.Held"/>),
    /// optionally only in the agency with id <paramref name="agencyId"/>, each with how sure that is and why, under the
    /// same rules as every other period (see <c>docs/semantics.md</c>).
    /// </summary>
    /// <param name="period">The days asked about, inclusive.</param>
    /// <param name="agencyId">An agency id, or null for any role.</param>
    /// <returns>The matches in time order; then, as uncertain, the roles the sources give no period for.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public IReadOnlyList<DatedMatch<RoleHolder>> RolesHeldDuring(DateInterval period, string? agencyId = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (dated, unknown) = indexes.RolesByPeriod;
        var matches = new List<DatedMatch<RoleHolder>>();
        dated.Overlapping(
            period.Start,
            period.End,
            (PeriodEntry<RoleHolder> e, out DatedMatch<RoleHolder> m) =>
            {
                m = default;
                return (agencyId is null || e.Record.Role.AgencyId == agencyId) && DateWindow.Grade(e, DateKind.Held, period, out m);
            },
            matches);
        foreach (var holder in unknown)
        {
            if (agencyId is null || holder.Role.AgencyId == agencyId)
            {
                matches.Add(DateWindow.Unknown(holder, DateKind.Held, indexes.CandidatesFor(holder.Person.Id, DateKind.LeftOffice)));
            }
        }

        return DateWindow.InTimeOrder(matches);
    }

    /// <summary>The roles people held on <paramref name="date"/>, optionally only in one agency.</summary>
    /// <param name="date">The day asked about.</param>
    /// <param name="agencyId">An agency id, or null for any role.</param>
    /// <returns>The same as <see cref="RolesHeldDuring"/> for that one day.</returns>
    public IReadOnlyList<DatedMatch<RoleHolder>> RolesHeldOn(LocalDate date, string? agencyId = null) =>
        RolesHeldDuring(new DateInterval(date, date), agencyId);
}
