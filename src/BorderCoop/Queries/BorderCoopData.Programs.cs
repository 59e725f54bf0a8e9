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
        var (dated, unknown) = Indexes.ProgramsByPeriod;
        return DateWindow.Periods(dated, DateKind.Active, period, unknown, Indexes, Indexes.DisputedPrograms);
    }

    /// <summary>The programs that the agency <paramref name="agencyId"/> names leads.</summary>
    /// <param name="agencyId">An agency id, such as <c>agency/us-dea</c>, or a name, acronym or alias that resolves to one agency (see <see cref="Resolve{TRecord}"/>).</param>
    /// <returns>The programs, in dataset order; empty when the agency leads none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agencyId"/> is null.</exception>
    /// <exception cref="NameResolutionException"><paramref name="agencyId"/> names no agency, or several equally well.</exception>
    public IReadOnlyList<CooperationProgram> ProgramsLedBy(string agencyId) =>
        Indexes.ProgramsByLeadAgency.Get(ResolveArgument<Agency>(agencyId, nameof(agencyId)).Id);

    /// <summary>The programs that the agency <paramref name="agencyId"/> names leads or takes part in.</summary>
    /// <param name="agencyId">An agency id, or a name, acronym or alias that resolves to one agency (<c>"DEA"</c>).</param>
    /// <returns>The programs, in dataset order; empty when the agency is in none.</returns>
    /// <remarks>Only the agency itself counts, not its sub-agencies: ask for <c>agency/us-cbp</c> as well as <c>agency/us-dhs</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="agencyId"/> is null.</exception>
    /// <exception cref="NameResolutionException"><paramref name="agencyId"/> names no agency, or several equally well.</exception>
    public IReadOnlyList<CooperationProgram> ProgramsInvolving(string agencyId) =>
        Indexes.ProgramsByAgency.Get(ResolveArgument<Agency>(agencyId, nameof(agencyId)).Id);

    /// <summary>
    /// The programs that ran in a country (ISO 3166-1 alpha-2 code, such as <c>MX</c>) or at a place whose name matches
    /// <paramref name="countryOrPlace"/> whole or in part ("juarez" for "Ciudad Juárez"), compared without regard to
    /// case or accents.
    /// </summary>
    /// <param name="countryOrPlace">A country code, or a place name or part of one.</param>
    /// <returns>
    /// The programs, in dataset order. A whole place name or country code gives its programs; otherwise every place
    /// whose name starts with the text, has it as a word or as part of a word gives its programs. A two-letter code
    /// that no program has (<c>CA</c>) gives none.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="countryOrPlace"/> is null.</exception>
    /// <exception cref="NameResolutionException"><paramref name="countryOrPlace"/> is no country code and matches no place name.</exception>
    public IReadOnlyList<CooperationProgram> ProgramsIn(string countryOrPlace) =>
        ProgramsInPlace(countryOrPlace, nameof(countryOrPlace));
}
