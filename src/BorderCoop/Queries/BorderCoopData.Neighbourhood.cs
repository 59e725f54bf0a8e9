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
        var references = RecordContents.Of(record).Links()
            .Select(r => new RecordLink(byId[r.Id], r.Path, isIncoming: false));
        return new RecordNeighbourhood(
            record,
            ValueList<RecordLink>.From(references),
            Indexes.LinksTo.Get(recordId),
            ConflictsAbout(recordId),
            CitationsOf(recordId));
    }

    /// <summary>
    /// The roles people held at some time during <paramref name="period"/> (date kind <see cref="DateKind.Held"/>),
    /// optionally only in the agency with id <paramref name="agencyId"/>, each with how sure that is and why, under the
    /// same rules as every other period (see <c>docs/semantics.md</c>).
    /// </summary>
    /// <param name="period">The days asked about, inclusive.</param>
    /// <param name="agencyId">An agency id, name, acronym or alias, or null for any role.</param>
    /// <returns>
    /// The matches in time order; then, as uncertain, the roles the sources give no period for. A role whose start or end
    /// conflicting passages give differently (Fox's presidency ended in 2005 or in December 2006) is graded under every
    /// version, and names the dates they give.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="NameResolutionException"><paramref name="agencyId"/> names no agency, or several equally well.</exception>
    public IReadOnlyList<DatedMatch<RoleHolder>> RolesHeldDuring(DateInterval period, string? agencyId = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (dated, unknown) = Indexes.RolesByPeriod;
        var agency = agencyId is null ? null : ResolveArgument<Agency>(agencyId, nameof(agencyId)).Id;
        return DateWindow.Periods(dated, DateKind.Held, period, unknown, Indexes, Indexes.DisputedRoles, agency is null ? null : h => h.Role.AgencyId == agency);
    }

    /// <summary>The roles people held on <paramref name="date"/>, optionally only in one agency.</summary>
    /// <param name="date">The day asked about.</param>
    /// <param name="agencyId">An agency id, or null for any role.</param>
    /// <returns>The same as <see cref="RolesHeldDuring"/> for that one day.</returns>
    public IReadOnlyList<DatedMatch<RoleHolder>> RolesHeldOn(LocalDate date, string? agencyId = null) =>
        RolesHeldDuring(new DateInterval(date, date), agencyId);
}
