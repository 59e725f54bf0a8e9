using NodaTime;

namespace BorderCoop;

/// <summary>Extradition cases and aggregate figures by person, period, direction and mechanism.</summary>
public sealed partial class BorderCoopData
{
    /// <summary>The extradition, expulsion and deportation cases of the person <paramref name="personId"/> names.</summary>
    /// <param name="personId">A person id, such as <c>person/juan-garcia-abrego</c>, or a name or alias that resolves to one person (see <see cref="Resolve{TRecord}"/>).</param>
    /// <returns>The cases, in dataset order; empty when the person has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="personId"/> is null.</exception>
    /// <exception cref="NameResolutionException"><paramref name="personId"/> names no person, or several equally well.</exception>
    public IReadOnlyList<ExtraditionCase> ExtraditionCasesOf(string personId) =>
        indexes.CasesByPerson.Get(ResolveArgument<Person>(personId, nameof(personId)).Id);

    /// <summary>
    /// The cases going from <paramref name="from"/> to <paramref name="to"/> by <paramref name="mechanism"/>; each
    /// filter left null matches every case.
    /// </summary>
    /// <param name="from">The sending country (ISO 3166-1 alpha-2), or null.</param>
    /// <param name="to">The receiving country, or null.</param>
    /// <param name="mechanism">How the person was handed over, or null.</param>
    /// <returns>The cases, in dataset order.</returns>
    /// <remarks>
    /// A case carries the mechanism its record settles on; where the sources disagree (Garcia Abrego's removal is called
    /// deportation, expulsion and extradition), <see cref="ConflictsAbout"/> lists the other readings.
    /// </remarks>
    public IReadOnlyList<ExtraditionCase> FindExtraditionCases(string? from = null, string? to = null, ExtraditionMechanism? mechanism = null)
    {
        IReadOnlyList<ExtraditionCase> candidates = from is null && to is null
            ? ExtraditionCases
            : indexes.CasesByDirection.Get((from ?? string.Empty, to ?? string.Empty));
        return ValueList<ExtraditionCase>.From(candidates.Where(c => Matches(c, from, to, mechanism)));
    }

    /// <summary>
    /// The cases with a date (arrest, request, grant or surrender) in <paramref name="period"/>, or under way through
    /// it, optionally only those from <paramref name="from"/> to <paramref name="to"/> by <paramref name="mechanism"/>.
    /// </summary>
    /// <param name="period">The days asked about, inclusive.</param>
    /// <param name="from">The sending country, or null for any.</param>
    /// <param name="to">The receiving country, or null for any.</param>
    /// <param name="mechanism">The mechanism, or null for any.</param>
    /// <returns>
    /// Dated cases first, earliest first, each certain when an exact date falls inside the period and uncertain when
    /// only a month, year or approximate date overlaps it; then the cases the sources do not date, as uncertain.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public IReadOnlyList<DatedMatch<ExtraditionCase>> ExtraditionCasesDuring(
        DateInterval period, string? from = null, string? to = null, ExtraditionMechanism? mechanism = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (dated, undated) = indexes.CasesByPeriod;
        return DateWindow.Query(
            dated,
            period,
            c => Matches(c, from, to, mechanism) ? ExtraditionCaseDates.In(c, period) : null,
            undated,
            "the sources give no date",
            c => Matches(c, from, to, mechanism));
    }

    /// <summary>
    /// Every aggregate extradition figure from <paramref name="from"/> to <paramref name="to"/> whose period overlaps
    /// <paramref name="period"/>: all the reported versions side by side, never one picked for you.
    /// </summary>
    /// <param name="period">The days asked about, inclusive.</param>
    /// <param name="from">The sending country (ISO 3166-1 alpha-2).</param>
    /// <param name="to">The receiving country.</param>
    /// <returns>
    /// Matching figures, earliest period first, then those with no period. Use <see cref="ConflictsAbout"/> to see
    /// which of them disagree.
    /// </returns>
    /// <remarks>
    /// A figure whose period surely overlaps is <see cref="DateCertainty.Certain"/>. One with an unknown or approximate
    /// end, or with no period at all (the source gives none), is <see cref="DateCertainty.Uncertain"/>: it may concern the
    /// period. A figure with only an as-of date is read as a period of that one date.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<DatedMatch<ExtraditionFigure>> ExtraditionFiguresFor(DateInterval period, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (!indexes.FiguresByDirection.TryGetValue((from, to), out var figures))
        {
            return ValueList<DatedMatch<ExtraditionFigure>>.Empty;
        }

        return DateWindow.Query(
            figures.Dated,
            period,
            f => Grade(
                f,
                period,
                static f => $"covers {DatasetIndexes.PeriodOf(f)}",
                static f => $"covers {DatasetIndexes.PeriodOf(f)}; {PeriodOverlap.WhyUncertain(DatasetIndexes.PeriodOf(f)!)}, so it may not overlap the period"),
            figures.Undated,
            "the source gives no period");
    }

    private static bool Matches(ExtraditionCase extradition, string? from, string? to, ExtraditionMechanism? mechanism) =>
        (from is null || extradition.From == from)
        && (to is null || extradition.To == to)
        && (mechanism is null || extradition.Mechanism == mechanism);
}
