using System.Collections.Concurrent;
using System.Collections.Frozen;
using NodaTime;

namespace BorderCoop;

/// <summary>
/// The lookups behind the query helpers of one <see cref="BorderCoopData"/>. Each is built once, on first use, and
/// never changes, so queries answer from an index instead of rescanning the lists and are safe to run from many threads.
/// </summary>
internal sealed class DatasetIndexes
{
    private readonly BorderCoopData data;
    private readonly ConcurrentDictionary<Type, Lazy<object>> namesByType = new();
    private readonly Lazy<NameIndex<string>> placeNames;
    private readonly Lazy<FrozenDictionary<string, ValueList<Conflict>>> conflictsByRecord;
    private readonly Lazy<(ValueList<TimelineEntry> Entries, FrozenDictionary<string, ValueList<TimelineEntry>> ByAgency)> timeline;
    private readonly Lazy<IntervalIndex<(TimelineEntry Entry, int Position)>> timelineByDate;
    private readonly Lazy<(IntervalIndex<(Agreement Agreement, PartialDate Date, DateKind Kind)> Dated, ValueList<Agreement> Unknown)> agreementsBySigning;
    private readonly Lazy<FrozenDictionary<(string RecordId, DateKind Kind), ValueList<DateCandidate>>> dateCandidates;
    private readonly Lazy<FrozenDictionary<(string RecordId, DateKind Kind), ValueList<DateCandidate>>> explicitDateCandidates;
    private readonly Lazy<ValueList<DisputedPeriod<CooperationProgram>>> disputedPrograms;
    private readonly Lazy<ValueList<DisputedPeriod<RoleHolder>>> disputedRoles;
    private readonly Lazy<ValueList<DisputedDate<Agreement>>> disputedSignings;
    private readonly Lazy<ValueList<DisputedDate<ExtraditionCase>>> disputedSteps;
    private readonly Lazy<IntervalIndex<AgreementDates.EntryIntoForce>> agreementsByEntryIntoForce;
    private readonly Lazy<(IntervalIndex<PeriodEntry<CooperationProgram>> Dated, ValueList<CooperationProgram> Unknown)> programsByPeriod;
    private readonly Lazy<FrozenDictionary<string, ValueList<CooperationProgram>>> programsByLeadAgency;
    private readonly Lazy<FrozenDictionary<string, ValueList<CooperationProgram>>> programsByAgency;
    private readonly Lazy<FrozenDictionary<string, ValueList<CooperationProgram>>> programsByPlace;
    private readonly Lazy<FrozenDictionary<string, ValueList<ExtraditionCase>>> casesByPerson;
    private readonly Lazy<FrozenDictionary<(string From, string To), ValueList<ExtraditionCase>>> casesByDirection;
    private readonly Lazy<IntervalIndex<StepDate>> casesByStep;
    private readonly Lazy<FrozenDictionary<DateKind, ValueList<ExtraditionCase>>> casesMissingStep;
    private readonly Lazy<ValueList<ExtraditionCase>> casesWithNoStep;
    private readonly Lazy<(IntervalIndex<Event> Dated, ValueList<Event> Unknown)> eventsByDate;
    private readonly Lazy<FrozenDictionary<(string From, string To), (IntervalIndex<PeriodEntry<ExtraditionFigure>> Dated, ValueList<ExtraditionFigure> Unknown)>> figuresByDirection;
    private readonly Lazy<BudgetLineIndex> budgetLines;
    private readonly Lazy<FrozenDictionary<string, ValueList<IRecord>>> referencing;
    private readonly Lazy<FrozenDictionary<string, ValueList<RecordCitation>>> citationsByRecord;
    private readonly Lazy<FrozenDictionary<string, ValueList<RecordCitation>>> citationsBySource;
    private readonly Lazy<SearchIndex> search;
    private readonly Lazy<FrozenDictionary<string, ValueList<RecordLink>>> linksTo;
    private readonly Lazy<(IntervalIndex<PeriodEntry<Figure>> Dated, ValueList<Figure> Unknown)> figuresByPeriod;
    private readonly Lazy<(IntervalIndex<PeriodEntry<RoleHolder>> Dated, ValueList<RoleHolder> Unknown)> rolesByPeriod;

    public DatasetIndexes(BorderCoopData data)
    {
        this.data = data;
        placeNames = new(() => new NameIndex<string>(
            data.Programs.SelectMany(p => p.Places).Distinct(StringComparer.Ordinal), p => [p], _ => null));
        conflictsByRecord = new(() => Grouping.By(
            data.Conflicts, c => c.RecordIds.Concat(c.Versions.Select(v => v.RecordId)), StringComparer.Ordinal));
        timeline = new(() =>
        {
            var (entries, agencies) = BorderCoop.Timeline.Build(data);
            var byAgency = Grouping.By(Enumerable.Range(0, entries.Count), i => agencies[i], StringComparer.Ordinal);
            return (entries, byAgency.ToFrozenDictionary(
                p => p.Key, p => ValueList<TimelineEntry>.From(p.Value.Select(i => entries[i])), StringComparer.Ordinal));
        });
        // Each entry keeps its place on the timeline, so a window's entries come back in timeline (and stated) order.
        timelineByDate = new(() => new IntervalIndex<(TimelineEntry Entry, int Position)>(
            Timeline.Select((e, i) => (e, i)), e => (e.Entry.Date.EarliestDay, e.Entry.Date.LatestDay)));
        agreementsBySigning = new(() => (
            new IntervalIndex<(Agreement Agreement, PartialDate Date, DateKind Kind)>(
                data.Agreements.Select(AgreementDates.Signing).OfType<(Agreement, PartialDate, DateKind)>(),
                e => (e.Date.EarliestDay, e.Date.LatestDay)),
            ValueList<Agreement>.From(data.Agreements.Where(a => AgreementDates.Signing(a) is null))));
        dateCandidates = new(() => DateCandidates(data, explicitOnly: false));
        explicitDateCandidates = new(() => DateCandidates(data, explicitOnly: true));
        disputedPrograms = new(() => DisputedPeriod<CooperationProgram>.Find(
            data.Programs.Where(CanHaveRun).Select(p => (p, p.Period, (PartialDate?)null)), this, DateKind.Started, DateKind.Ended));
        disputedSignings = new(() => DisputedDate<Agreement>.Find(
            data.Agreements.Select(AgreementDates.Signing).OfType<(Agreement Agreement, PartialDate Date, DateKind Kind)>().Select(s => (s.Agreement, s.Kind, s.Date)), this));
        disputedSteps = new(() => DisputedDate<ExtraditionCase>.Find(
            data.ExtraditionCases.SelectMany(ExtraditionCaseDates.Steps).Select(s => (s.Case, s.Step, s.Date)), this));
        disputedRoles = new(() => DisputedPeriod<RoleHolder>.Find(
            RolesByPeriod.Dated.Items.Select(e => (e.Record, e.Period, (PartialDate?)null)).Concat(RolesByPeriod.Unknown.Select(h => (h, (DateRange?)null, (PartialDate?)null))),
            this,
            DateKind.TookOffice,
            DateKind.LeftOffice));
        agreementsByEntryIntoForce = new(() => new IntervalIndex<AgreementDates.EntryIntoForce>(
            data.Agreements.Select(AgreementDates.EntryIntoForce.Of).OfType<AgreementDates.EntryIntoForce>(),
            e => (e.FirstDay, LocalDate.MaxIsoValue)));
        programsByPeriod = new(() =>
        {
            var figuresByProgram = data.Figures.Where(f => f.ProgramId is not null).ToLookup(f => f.ProgramId!, StringComparer.Ordinal);
            var entries = data.Programs.Where(CanHaveRun)
                .Select(p => (Program: p, Entry: PeriodEntry<CooperationProgram>.Of(p, p.Period, RunningAsOf(p, data, figuresByProgram))))
                .ToList();
            return (
                new IntervalIndex<PeriodEntry<CooperationProgram>>(entries.Select(e => e.Entry).OfType<PeriodEntry<CooperationProgram>>(), e => e.Widest),
                ValueList<CooperationProgram>.From(entries.Where(e => e.Entry is null).Select(e => e.Program)));
        });
        programsByLeadAgency = new(() => Grouping.By(data.Programs, p => p.LeadAgencyIds, StringComparer.Ordinal));
        programsByAgency = new(() => Grouping.By(
            data.Programs, p => p.LeadAgencyIds.Concat(p.ParticipatingAgencyIds), StringComparer.Ordinal));
        programsByPlace = new(() => Grouping.By(
            data.Programs, p => p.Countries.Concat(p.Places).Select(TextKey.Fold), StringComparer.Ordinal));
        casesByPerson = new(() => Grouping.ByKey(data.ExtraditionCases, c => c.PersonId, StringComparer.Ordinal));
        // Keyed by (from, to), (from, "") and ("", to), so a query naming one side only also starts from its group.
        casesByDirection = new(() => Grouping.By<(string From, string To), ExtraditionCase>(data.ExtraditionCases, c => [(c.From, c.To), (c.From, string.Empty), (string.Empty, c.To)]));
        casesMissingStep = new(() => ExtraditionCaseDates.StepKinds.ToFrozenDictionary(
            step => step,
            step => ValueList<ExtraditionCase>.From(data.ExtraditionCases.Where(c => ExtraditionCaseDates.DateOf(c, step) is null && ExtraditionCaseDates.MayHave(c, step)))));
        eventsByDate = new(() => (
            new IntervalIndex<Event>(data.Events, e => e.Date is { } date ? (date.EarliestDay, date.LatestDay) : null),
            ValueList<Event>.From(data.Events.Where(e => e.Date is null))));
        casesWithNoStep = new(() => ValueList<ExtraditionCase>.From(data.ExtraditionCases.Where(c => !ExtraditionCaseDates.Steps(c).Any())));
        casesByStep = new(() => new IntervalIndex<StepDate>(
            data.ExtraditionCases.SelectMany(ExtraditionCaseDates.OrderedSteps),
            e => (e.EarliestDay, e.LatestDay)));
        figuresByDirection = new(() => data.ExtraditionFigures
            .GroupBy(f => (f.From, f.To))
            .ToFrozenDictionary(g => g.Key, g => (
                new IntervalIndex<PeriodEntry<ExtraditionFigure>>(
                    g.Select(f => PeriodEntry<ExtraditionFigure>.OfCount(f, PeriodOf(f))).OfType<PeriodEntry<ExtraditionFigure>>(),
                    e => e.Widest),
                ValueList<ExtraditionFigure>.From(g.Where(f => PeriodOf(f) is null)))));
        budgetLines = new(() => new BudgetLineIndex(data.BudgetLines));
        referencing = new(() => Grouping.By(data.Records, r => RecordContents.References(r).Select(x => x.Id), StringComparer.Ordinal));
        var citations = new Lazy<ValueList<RecordCitation>>(() => RecordCitation.All(data));
        citationsByRecord = new(() => Grouping.ByKey(citations.Value, c => c.Record.Id, StringComparer.Ordinal));
        citationsBySource = new(() => Grouping.ByKey(citations.Value, c => c.Source.Id, StringComparer.Ordinal));
        search = new(() => new SearchIndex(data));
        linksTo = new(() => data.Records
            .SelectMany(r => RecordContents.Of(r).Links().Select(link => (link.Id, Link: new RecordLink(r, link.Path, isIncoming: true))))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => ValueList<RecordLink>.From(g.Select(x => x.Link)), StringComparer.Ordinal));
        figuresByPeriod = new(() => (
            new IntervalIndex<PeriodEntry<Figure>>(
                data.Figures.Select(f => PeriodEntry<Figure>.OfCount(f, PeriodOf(f.Period, f.AsOf))).OfType<PeriodEntry<Figure>>(),
                e => e.Widest),
            ValueList<Figure>.From(data.Figures.Where(f => f.Period is null && f.AsOf is null))));
        rolesByPeriod = new(() =>
        {
            var holders = data.People.SelectMany(p => p.Roles.Select((_, i) => new RoleHolder(p, i))).ToList();
            return (
                new IntervalIndex<PeriodEntry<RoleHolder>>(
                    holders.Select(h => PeriodEntry<RoleHolder>.Of(h, h.Role.Period)).OfType<PeriodEntry<RoleHolder>>(), e => e.Widest),
                ValueList<RoleHolder>.From(holders.Where(h => h.Role.Period is null)));
        });
    }

    /// <summary>The place names of the programs (as <see cref="ProgramsByPlace"/> keys them once folded), to match in part.</summary>
    public NameIndex<string> PlaceNames => placeNames.Value;

    /// <summary>The records of type <typeparamref name="TRecord"/> by id and <see cref="RecordNames"/>, built on first use for each type.</summary>
    public NameIndex<TRecord> NamesOf<TRecord>()
        where TRecord : class, IRecord =>
        (NameIndex<TRecord>)namesByType.GetOrAdd(
            typeof(TRecord),
            static (_, data) => new Lazy<object>(() => new NameIndex<TRecord>(data.Records.OfType<TRecord>(), RecordNames.Of, r => r.Id)),
            data).Value;

    public FrozenDictionary<string, ValueList<Conflict>> ConflictsByRecord => conflictsByRecord.Value;

    public ValueList<TimelineEntry> Timeline => timeline.Value.Entries;

    public FrozenDictionary<string, ValueList<TimelineEntry>> TimelineByAgency => timeline.Value.ByAgency;

    /// <summary>The timeline by the days each entry's date may fall on; answers come in timeline order.</summary>
    public IntervalIndex<(TimelineEntry Entry, int Position)> TimelineByDate => timelineByDate.Value;

    public (IntervalIndex<(Agreement Agreement, PartialDate Date, DateKind Kind)> Dated, ValueList<Agreement> Unknown) AgreementsBySigning => agreementsBySigning.Value;

    /// <summary>Agreements by the days they may be in force: from the earliest possible entry into force on.</summary>
    public IntervalIndex<AgreementDates.EntryIntoForce> AgreementsByEntryIntoForce => agreementsByEntryIntoForce.Value;

    /// <summary>Programs that may have run, by the widest reading of their period, and those the sources do not date.</summary>
    public (IntervalIndex<PeriodEntry<CooperationProgram>> Dated, ValueList<CooperationProgram> Unknown) ProgramsByPeriod => programsByPeriod.Value;

    public FrozenDictionary<string, ValueList<CooperationProgram>> ProgramsByLeadAgency => programsByLeadAgency.Value;

    public FrozenDictionary<string, ValueList<CooperationProgram>> ProgramsByAgency => programsByAgency.Value;

    /// <summary>Programs by folded country code and place name.</summary>
    public FrozenDictionary<string, ValueList<CooperationProgram>> ProgramsByPlace => programsByPlace.Value;

    public FrozenDictionary<string, ValueList<ExtraditionCase>> CasesByPerson => casesByPerson.Value;

    /// <summary>Cases by (from, to), with an empty string for a side left open.</summary>
    public FrozenDictionary<(string From, string To), ValueList<ExtraditionCase>> CasesByDirection => casesByDirection.Value;

    public IntervalIndex<StepDate> CasesByStep => casesByStep.Value;

    /// <summary>For each step, the cases the sources give no date of it for but whose outcome does not rule it out.</summary>
    public FrozenDictionary<DateKind, ValueList<ExtraditionCase>> CasesMissingStep => casesMissingStep.Value;

    /// <summary>The events by the days their date may be, and those with no date.</summary>
    public (IntervalIndex<Event> Dated, ValueList<Event> Unknown) EventsByDate => eventsByDate.Value;

    /// <summary>The cases the sources date no step of.</summary>
    public ValueList<ExtraditionCase> CasesWithNoStep => casesWithNoStep.Value;

    public FrozenDictionary<(string From, string To), (IntervalIndex<PeriodEntry<ExtraditionFigure>> Dated, ValueList<ExtraditionFigure> Unknown)> FiguresByDirection => figuresByDirection.Value;

    public BudgetLineIndex BudgetLines => budgetLines.Value;

    /// <summary>For each id, the records that point to it.</summary>
    public FrozenDictionary<string, ValueList<IRecord>> Referencing => referencing.Value;

    public FrozenDictionary<string, ValueList<RecordCitation>> CitationsByRecord => citationsByRecord.Value;

    public FrozenDictionary<string, ValueList<RecordCitation>> CitationsBySource => citationsBySource.Value;

    public SearchIndex Search => search.Value;

    public FrozenDictionary<string, ValueList<RecordLink>> LinksTo => linksTo.Value;

    public (IntervalIndex<PeriodEntry<Figure>> Dated, ValueList<Figure> Unknown) FiguresByPeriod => figuresByPeriod.Value;

    public (IntervalIndex<PeriodEntry<RoleHolder>> Dated, ValueList<RoleHolder> Unknown) RolesByPeriod => rolesByPeriod.Value;

    /// <summary>The period an extradition figure covers; a figure with only an as-of date covers that date.</summary>
    public static DateRange? PeriodOf(ExtraditionFigure figure) => PeriodOf(figure.Period, figure.AsOf);

    /// <summary>What a count covers: its period, or the one day it counts as of; null when the sources give neither.</summary>
    public static DateRange? PeriodOf(DateRange? period, PartialDate? asOf) =>
        period ?? (asOf is not null ? DateRange.Single(asOf) : null);

    /// <summary>Proposed and planned programs never ran, so no date query returns them.</summary>
    /// <summary>
    /// The dates that versions of conflicts give for a record's date of <paramref name="kind"/>: a version's date is of
    /// the record it names with <c>dateOf</c>, else of the record holding it, else of every record of the conflict; a
    /// version that names no kind counts for every kind.
    /// </summary>
    public ValueList<DateCandidate> CandidatesFor(string recordId, DateKind kind) =>
        dateCandidates.Value.TryGetValue((recordId, kind), out var candidates) ? candidates : ValueList<DateCandidate>.Empty;

    /// <summary>The dates that versions naming <paramref name="kind"/> (not those that name no kind) give for a record's date of that kind.</summary>
    public ValueList<DateCandidate> ExplicitCandidatesFor(string recordId, DateKind kind) =>
        explicitDateCandidates.Value.TryGetValue((recordId, kind), out var candidates) ? candidates : ValueList<DateCandidate>.Empty;

    /// <summary>The programs whose start or end conflicts dispute.</summary>
    public ValueList<DisputedPeriod<CooperationProgram>> DisputedPrograms => disputedPrograms.Value;

    /// <summary>The agreements whose signing (or issue) conflicts dispute.</summary>
    public ValueList<DisputedDate<Agreement>> DisputedSignings => disputedSignings.Value;

    /// <summary>The extradition steps whose dates conflicts dispute.</summary>
    public ValueList<DisputedDate<ExtraditionCase>> DisputedSteps => disputedSteps.Value;

    /// <summary>The roles whose start or end conflicts dispute.</summary>
    public ValueList<DisputedPeriod<RoleHolder>> DisputedRoles => disputedRoles.Value;

    private static FrozenDictionary<(string RecordId, DateKind Kind), ValueList<DateCandidate>> DateCandidates(BorderCoopData data, bool explicitOnly)
    {
        var found = new List<((string, DateKind) Key, DateCandidate Candidate)>();
        foreach (var conflict in data.Conflicts)
        {
            foreach (var version in conflict.Versions)
            {
                if (version.Date is not { } date || (explicitOnly && version.DateKind is null))
                {
                    continue;
                }

                foreach (var recordId in version.DateOfId is { } of ? [of] : version.RecordId is { } own ? [own] : conflict.RecordIds)
                {
                    foreach (var kind in version.DateKind is { } k ? [k] : Enum.GetValues<DateKind>())
                    {
                        found.Add(((recordId, kind), new DateCandidate(date, conflict.Id)));
                    }
                }
            }
        }

        return found.GroupBy(f => f.Key).ToFrozenDictionary(g => g.Key, g => ValueList<DateCandidate>.From(g.Select(f => f.Candidate)));
    }

    /// <summary>
    /// The latest dated evidence that a program was still running: the publication of a source that cites it, or a
    /// figure about it counted as of a day. Only for a program whose period is open, or which is active with no period.
    /// </summary>
    private static PartialDate? RunningAsOf(CooperationProgram program, BorderCoopData data, ILookup<string, Figure> figuresByProgram)
    {
        var stillRunning = program.Period is null ? program.Status == ProgramStatus.Active : program.Period.EndKind == DateBoundKind.Open;
        if (!stillRunning)
        {
            return null;
        }

        PartialDate? latest = null;
        foreach (var citation in program.Citations)
        {
            // A source known only to be published by some day says nothing of how late the program ran.
            if (data.Find(citation.SourceId) is Source { Published: { Qualifier: not DateQualifier.OnOrBefore } published })
            {
                latest = Later(latest, published);
            }
        }

        foreach (var figure in figuresByProgram[program.Id])
        {
            if (figure.AsOf is { } asOf)
            {
                latest = Later(latest, asOf);
            }
        }

        return latest;

        static PartialDate Later(PartialDate? a, PartialDate b) => a is null || b.EarliestDay > a.EarliestDay ? b : a;
    }

    private static bool CanHaveRun(CooperationProgram program) =>
        program.Status is not (ProgramStatus.Proposed or ProgramStatus.Planned);
}
