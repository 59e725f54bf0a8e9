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
        Indexes.CasesByPerson.Get(ResolveArgument<Person>(personId, nameof(personId)).Id);

    /// <summary>
    /// The cases going from <paramref name="from"/> to <paramref name="to"/> by <paramref name="mechanism"/>; each
    /// filter left null matches every case.
    /// </summary>
    /// <param name="from">The sending country (ISO 3166-1 alpha-2, any case: "mx" is MX), or null.</param>
    /// <param name="to">The receiving country, or null.</param>
    /// <param name="mechanism">How the person was handed over, or null.</param>
    /// <returns>The cases, in dataset order.</returns>
    /// <remarks>
    /// A case carries the mechanism its record settles on; where the sources disagree (Garcia Abrego's removal is called
    /// deportation, expulsion and extradition), <see cref="ConflictsAbout"/> lists the other readings.
    /// </remarks>
    public IReadOnlyList<ExtraditionCase> FindExtraditionCases(CountryCode? from = null, CountryCode? to = null, ExtraditionMechanism? mechanism = null)
    {
        IReadOnlyList<ExtraditionCase> candidates = from is null && to is null
            ? ExtraditionCases
            : Indexes.CasesByDirection.Get((from?.ToString() ?? string.Empty, to?.ToString() ?? string.Empty));
        return ValueList<ExtraditionCase>.From(candidates.Where(c => Matches(c, from, to, mechanism)));
    }

    /// <summary>
    /// The cases whose <paramref name="step"/> (by default the surrender: "extraditions in 1996" means people handed
    /// over in 1996) falls in <paramref name="period"/>, optionally only those from <paramref name="from"/> to
    /// <paramref name="to"/> by <paramref name="mechanism"/>. Each case is listed once, with the step that matched.
    /// </summary>
    /// <param name="period">The days asked about, inclusive.</param>
    /// <param name="from">The sending country, or null for any.</param>
    /// <param name="to">The receiving country, or null for any.</param>
    /// <param name="mechanism">The mechanism, or null for any.</param>
    /// <param name="step">
    /// Which step to ask about: <see cref="DateKind.Arrested"/>, <see cref="DateKind.Requested"/>,
    /// <see cref="DateKind.Granted"/> or <see cref="DateKind.Surrendered"/> (the default); null for any step, when the
    /// match rests on the first step that surely falls in the period, else the first that may.
    /// </param>
    /// <returns>
    /// The matches in time order: certain when every day the step's date can be lies in the period; uncertain when a
    /// month, year, approximate date or bound ("by January 2007") only partly overlaps it; then, as uncertain, the cases
    /// whose step the sources do not date but which may have it in the period (an undated surrender cannot come before
    /// a dated arrest, and an outcome such as "denied" rules a surrender out).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not a step of an extradition case.</exception>
    public IReadOnlyList<DatedMatch<ExtraditionCase>> ExtraditionCasesDuring(
        DateInterval period, CountryCode? from = null, CountryCode? to = null, ExtraditionMechanism? mechanism = null, DateKind? step = DateKind.Surrendered)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (step is { } asked && Array.IndexOf(ExtraditionCaseDates.StepKinds, asked) < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "Not a step of an extradition case: use Arrested, Requested, Granted, Surrendered or null for any.");
        }

        using var found = new PooledList<DatedMatch<ExtraditionCase>>();
        Indexes.CasesByStep.Overlapping(
            period.Start,
            period.End,
            (StepDate e, out DatedMatch<ExtraditionCase> m) =>
            {
                m = default;
                return (step is null || e.Step == step) && Matches(e.Case, from, to, mechanism)
                    && DateWindow.Grade(e.Case, e.Date, e.EarliestDay, e.LatestDay, e.Step, period, out m);
            },
            found);

        // One match per case: asked about one step, a case has at most one; asked about any, the step that surely
        // falls in the period, else the first that may.
        using var onePerCase = step is not null ? null : OnePerCase(found);
        var matches = onePerCase ?? found;
        if (step is { } disputedStep)
        {
            DateWindow.Regrade(matches, Indexes.DisputedSteps.Where(d => Matches(d.Record, from, to, mechanism)).ToList(), disputedStep, period);
        }

        // The cases that may have the step in the period although the sources do not date it: precomputed per step,
        // and never among those found (they have no date of that step, or of any).
        var undated = step is { } one ? Indexes.CasesMissingStep[one] : Indexes.CasesWithNoStep;
        foreach (var extradition in undated)
        {
            if (!Matches(extradition, from, to, mechanism))
            {
                continue;
            }

            var kind = step ?? DateKind.Surrendered;
            if (step is null || ExtraditionCaseDates.CanFallIn(extradition, kind, period))
            {
                matches.Add(DateWindow.Unknown(extradition, kind, Indexes.CandidatesFor(extradition.Id, kind), step is null ? null : ExtraditionCaseDates.LatestStepBefore(extradition, kind)));
            }
        }

        return DateWindow.InTimeOrder(matches);
    }

    /// <summary>
    /// Every aggregate extradition figure from <paramref name="from"/> to <paramref name="to"/> whose period may overlap
    /// <paramref name="period"/> (date kind <see cref="DateKind.Counted"/>): all the reported versions side by side,
    /// never one picked for you.
    /// </summary>
    /// <param name="period">The days asked about, inclusive.</param>
    /// <param name="from">The sending country (ISO 3166-1 alpha-2, any case).</param>
    /// <param name="to">The receiving country.</param>
    /// <returns>
    /// The matches in time order of their period, then the figures the sources give no period for. Use
    /// <see cref="ConflictsAbout"/> to see which of them disagree.
    /// </returns>
    /// <remarks>
    /// <see cref="DatedMatch{TRecord}.Overlap"/> says how the figure's period lies against the question: a count for
    /// 2009 lies <see cref="DateOverlap.Within"/> 2005–2010; one for 1995–2000 <see cref="DateOverlap.Covers"/> 1996;
    /// one for 2000–2003 only <see cref="DateOverlap.PartlyOverlaps"/> 1995–2000, so it does not answer for that period.
    /// A figure with only an as-of date is read as a period of that one date. Check <see cref="ExtraditionFigure.Population"/>:
    /// a count of Mexican nationals is not a count of all persons.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public IReadOnlyList<DatedMatch<ExtraditionFigure>> ExtraditionFiguresFor(DateInterval period, CountryCode from, CountryCode to)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (!Indexes.FiguresByDirection.TryGetValue((from.ToString(), to.ToString()), out var figures))
        {
            return ValueList<DatedMatch<ExtraditionFigure>>.Empty;
        }

        return DateWindow.Periods(figures.Dated, DateKind.Counted, period, figures.Unknown, Indexes);
    }

    private static PooledList<DatedMatch<ExtraditionCase>> OnePerCase(PooledList<DatedMatch<ExtraditionCase>> found)
    {
        var matches = new PooledList<DatedMatch<ExtraditionCase>>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in found.AsSpan().ToArray().OrderBy(m => m.Certainty).ThenBy(m => m.Date))
        {
            if (listed.Add(match.Record.Id))
            {
                matches.Add(match);
            }
        }

        return matches;
    }

    private static bool Matches(ExtraditionCase extradition, CountryCode? from, CountryCode? to, ExtraditionMechanism? mechanism) =>
        (from is null || extradition.From == from.Value.Value)
        && (to is null || extradition.To == to.Value.Value)
        && (mechanism is null || extradition.Mechanism == mechanism);
}
