using NodaTime;

namespace BorderCoop;

/// <summary>Cooperation programs by date, agency and place.</summary>
public sealed partial class BorderCoopData
{
    /// <summary>The programs that ran on <paramref name="date"/>, each with how sure that is and why.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>The same as <see cref="ProgramsActiveDuring"/> for that one day.</returns>
    public IReadOnlyList<DatedMatch<CooperationProgram>> ProgramsActiveOn(LocalDate date) =>
        ProgramsActiveDuring(new DateInterval(date, date));

    /// <summary>The programs that ran at some time during <paramref name="period"/> (date kind <see cref="DateKind.Active"/>), each with how sure that is and why.</summary>
    /// <param name="period">The days asked about, inclusive.</param>
    /// <returns>
    /// The matches in time order of their start; then, as uncertain, the programs the sources give no period for and no
    /// dated report of.
    /// </returns>
    /// <remarks>
    /// <para>A program is <see cref="DateCertainty.Certain"/> when every reading of its period overlaps the question, and
    /// <see cref="DateCertainty.Uncertain"/> when only some do. A period still running when last reported ("1997 –
    /// ongoing") runs, certainly, until the latest dated evidence: the publication of a source that cites it or a figure
    /// about it counted as of a day (<see cref="DatedMatch{TRecord}.RunningAsOf"/>); after that day it only may.</para>
    /// <para><see cref="DatedMatch{TRecord}.Overlap"/> says whether the program ran within the period, throughout it, or
    /// in part. Proposed and planned programs never ran and are never returned.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public IReadOnlyList<DatedMatch<CooperationProgram>> ProgramsActiveDuring(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (dated, unknown) = indexes.ProgramsByPeriod;
        return DateWindow.Periods(dated, DateKind.Active, period, unknown, indexes);
    }

    /// <summary>The programs that the agency with id <paramref name="agencyId"/> leads.</summary>
    /// <param name="agencyId">An agency id, such as <c>agency/us-dea</c>.</param>
    /// <returns>The programs, in dataset order; empty when there are none or the id is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agencyId"/> is null.</exception>
    public IReadOnlyList<CooperationProgram> ProgramsLedBy(string agencyId)
    {
        ArgumentNullException.ThrowIfNull(agencyId);
        return indexes.ProgramsByLeadAgency.Get(agencyId);
    }

    /// <summary>The programs that the agency with id <paramref name="agencyId"/> leads or takes part in.</summary>
    /// <param name="agencyId">An agency id.</param>
    /// <returns>The programs, in dataset order; empty when there are none or the id is unknown.</returns>
    /// <remarks>Only the agency itself counts, not its sub-agencies: ask for <c>agency/us-cbp</c> as well as <c>agency/us-dhs</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="agencyId"/> is null.</exception>
    public IReadOnlyList<CooperationProgram> ProgramsInvolving(string agencyId)
    {
        ArgumentNullException.ThrowIfNull(agencyId);
        return indexes.ProgramsByAgency.Get(agencyId);
    }

    /// <summary>
    /// The programs that ran in a country (ISO 3166-1 alpha-2 code, such as <c>MX</c>) or at a named place (such as
    /// "Ciudad Juárez"), compared without regard to case or accents.
    /// </summary>
    /// <param name="countryOrPlace">A country code or a place name as the sources give it.</param>
    /// <returns>The programs, in dataset order; empty when none matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="countryOrPlace"/> is null.</exception>
    public IReadOnlyList<CooperationProgram> ProgramsIn(string countryOrPlace)
    {
        ArgumentNullException.ThrowIfNull(countryOrPlace);
        return indexes.ProgramsByPlace.Get(TextKey.Fold(countryOrPlace));
    }
}
