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

    /// <summary>The programs that ran at some time during <paramref name="period"/>, each with how sure that is and why.</summary>
    /// <param name="period">The days asked about, inclusive.</param>
    /// <returns>
    /// Dated programs first, earliest possible start first; then the programs the sources do not date, as uncertain.
    /// </returns>
    /// <remarks>
    /// A program whose known period surely overlaps is <see cref="DateCertainty.Certain"/>. An unknown or approximate
    /// end, or a year-only date that only partly overlaps, makes it <see cref="DateCertainty.Uncertain"/>: the program
    /// may have run then. Proposed and planned programs never ran and are never returned.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public IReadOnlyList<DatedMatch<CooperationProgram>> ProgramsActiveDuring(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (dated, undated) = indexes.ProgramsByPeriod;
        return DateWindow.Query(
            dated,
            period,
            p => Grade(p, period, static p => $"ran {p.Period}", static p => $"ran {p.Period}; {PeriodOverlap.WhyUncertain(p.Period!)}, so it may not overlap the period"),
            undated,
            "the sources give no period");
    }

    /// <summary>The programs that the agency <paramref name="agencyId"/> names leads.</summary>
    /// <param name="agencyId">An agency id, such as <c>agency/us-dea</c>, or a name, acronym or alias that resolves to one agency (see <see cref="Resolve{TRecord}"/>).</param>
    /// <returns>The programs, in dataset order; empty when the agency leads none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agencyId"/> is null.</exception>
    /// <exception cref="NameResolutionException"><paramref name="agencyId"/> names no agency, or several equally well.</exception>
    public IReadOnlyList<CooperationProgram> ProgramsLedBy(string agencyId) =>
        indexes.ProgramsByLeadAgency.Get(ResolveArgument<Agency>(agencyId, nameof(agencyId)).Id);

    /// <summary>The programs that the agency <paramref name="agencyId"/> names leads or takes part in.</summary>
    /// <param name="agencyId">An agency id, or a name, acronym or alias that resolves to one agency (<c>"DEA"</c>).</param>
    /// <returns>The programs, in dataset order; empty when the agency is in none.</returns>
    /// <remarks>Only the agency itself counts, not its sub-agencies: ask for <c>agency/us-cbp</c> as well as <c>agency/us-dhs</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="agencyId"/> is null.</exception>
    /// <exception cref="NameResolutionException"><paramref name="agencyId"/> names no agency, or several equally well.</exception>
    public IReadOnlyList<CooperationProgram> ProgramsInvolving(string agencyId) =>
        indexes.ProgramsByAgency.Get(ResolveArgument<Agency>(agencyId, nameof(agencyId)).Id);

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

    /// <summary>
    /// Grades a dated record's period, from the bounds its index keeps, against the period asked about. The reasons are worded from the record when read;
    /// callers pass static lambdas, so a match costs one small object and no text.
    /// </summary>
    private static DatedMatch<T>? Grade<T>(PeriodEntry<T> entry, DateInterval period, Func<T, string> certain, Func<T, string> uncertain)
        where T : class, IRecord =>
        entry.Bounds.Overlap(period) switch
        {
            DateCertainty.Certain => new(entry.Record, DateCertainty.Certain, certain),
            DateCertainty.Uncertain => new(entry.Record, DateCertainty.Uncertain, uncertain),
            _ => null,
        };
}
