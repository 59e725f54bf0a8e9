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
    private readonly Lazy<IntervalIndex<TimelineEntry>> timelineByDate;
    private readonly Lazy<IntervalIndex<Agreement>> agreementsBySigning;
    private readonly Lazy<IntervalIndex<AgreementDates.EntryIntoForce>> agreementsByEntryIntoForce;
    private readonly Lazy<(IntervalIndex<PeriodEntry<CooperationProgram>> Dated, ValueList<CooperationProgram> Undated)> programsByPeriod;
    private readonly Lazy<FrozenDictionary<string, ValueList<CooperationProgram>>> programsByLeadAgency;
    private readonly Lazy<FrozenDictionary<string, ValueList<CooperationProgram>>> programsByAgency;
    private readonly Lazy<FrozenDictionary<string, ValueList<CooperationProgram>>> programsByPlace;
    private readonly Lazy<FrozenDictionary<string, ValueList<ExtraditionCase>>> casesByPerson;
    private readonly Lazy<FrozenDictionary<(string From, string To), ValueList<ExtraditionCase>>> casesByDirection;
    private readonly Lazy<(IntervalIndex<ExtraditionCase> Dated, ValueList<ExtraditionCase> Undated)> casesByPeriod;
    private readonly Lazy<FrozenDictionary<(string From, string To), (IntervalIndex<PeriodEntry<ExtraditionFigure>> Dated, ValueList<ExtraditionFigure> Undated)>> figuresByDirection;
    private readonly Lazy<BudgetLineIndex> budgetLines;
    private readonly Lazy<FrozenDictionary<string, ValueList<IRecord>>> referencing;
    private readonly Lazy<FrozenDictionary<string, ValueList<RecordCitation>>> citationsByRecord;
    private readonly Lazy<FrozenDictionary<string, ValueList<RecordCitation>>> citationsBySource;
    private readonly Lazy<SearchIndex> search;

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
        // Built from the ordered timeline: the index's stable sort by start keeps timeline order among equal starts.
        timelineByDate = new(() => new IntervalIndex<TimelineEntry>(Timeline, e => (e.Date.Start, e.Date.End)));
        agreementsBySigning = new(() => new IntervalIndex<Agreement>(
            data.Agreements, a => a.Signed is { } signed ? (signed.Start, signed.End) : null));
        agreementsByEntryIntoForce = new(() => new IntervalIndex<AgreementDates.EntryIntoForce>(
            data.Agreements.Select(AgreementDates.EntryIntoForce.Of).OfType<AgreementDates.EntryIntoForce>(),
            e => (e.FirstDay, LocalDate.MaxIsoValue)));
        programsByPeriod = new(() => (
            new IntervalIndex<PeriodEntry<CooperationProgram>>(
                data.Programs.Select(p => CanHaveRun(p) ? PeriodEntry<CooperationProgram>.Of(p, p.Period) : null).OfType<PeriodEntry<CooperationProgram>>(),
                e => e.Widest),
            ValueList<CooperationProgram>.From(data.Programs.Where(p => CanHaveRun(p) && p.Period is null))));
        programsByLeadAgency = new(() => Grouping.By(data.Programs, p => p.LeadAgencyIds, StringComparer.Ordinal));
        programsByAgency = new(() => Grouping.By(
            data.Programs, p => p.LeadAgencyIds.Concat(p.ParticipatingAgencyIds), StringComparer.Ordinal));
        programsByPlace = new(() => Grouping.By(
            data.Programs, p => p.Countries.Concat(p.Places).Select(TextKey.Fold), StringComparer.Ordinal));
        casesByPerson = new(() => Grouping.ByKey(data.ExtraditionCases, c => c.PersonId, StringComparer.Ordinal));
        // Keyed by (from, to), (from, "") and ("", to), so a query naming one side only also starts from its group.
        casesByDirection = new(() => Grouping.By<(string From, string To), ExtraditionCase>(data.ExtraditionCases, c => [(c.From, c.To), (c.From, string.Empty), (string.Empty, c.To)]));
        casesByPeriod = new(() => (
            new IntervalIndex<ExtraditionCase>(data.ExtraditionCases, c => ExtraditionCaseDates.Span(c)),
            ValueList<ExtraditionCase>.From(data.ExtraditionCases.Where(c => ExtraditionCaseDates.Span(c) is null))));
        figuresByDirection = new(() => data.ExtraditionFigures
            .GroupBy(f => (f.From, f.To))
            .ToFrozenDictionary(g => g.Key, g => (
                new IntervalIndex<PeriodEntry<ExtraditionFigure>>(
                    g.Select(f => PeriodEntry<ExtraditionFigure>.Of(f, PeriodOf(f))).OfType<PeriodEntry<ExtraditionFigure>>(),
                    e => e.Widest),
                ValueList<ExtraditionFigure>.From(g.Where(f => PeriodOf(f) is null)))));
        budgetLines = new(() => new BudgetLineIndex(data.BudgetLines));
        referencing = new(() => Grouping.By(data.Records, r => RecordReferences.Of(r).Select(x => x.Id), StringComparer.Ordinal));
        var citations = new Lazy<ValueList<RecordCitation>>(() => RecordCitation.All(data));
        citationsByRecord = new(() => Grouping.ByKey(citations.Value, c => c.Record.Id, StringComparer.Ordinal));
        citationsBySource = new(() => Grouping.ByKey(citations.Value, c => c.Source.Id, StringComparer.Ordinal));
        search = new(() => new SearchIndex(data));
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
    public IntervalIndex<TimelineEntry> TimelineByDate => timelineByDate.Value;

    public IntervalIndex<Agreement> AgreementsBySigning => agreementsBySigning.Value;

    /// <summary>Agreements by the days they may be in force: from the earliest possible entry into force on.</summary>
    public IntervalIndex<AgreementDates.EntryIntoForce> AgreementsByEntryIntoForce => agreementsByEntryIntoForce.Value;

    /// <summary>Programs that may have run, by the widest reading of their period, and those the sources do not date.</summary>
    public (IntervalIndex<PeriodEntry<CooperationProgram>> Dated, ValueList<CooperationProgram> Undated) ProgramsByPeriod => programsByPeriod.Value;

    public FrozenDictionary<string, ValueList<CooperationProgram>> ProgramsByLeadAgency => programsByLeadAgency.Value;

    public FrozenDictionary<string, ValueList<CooperationProgram>> ProgramsByAgency => programsByAgency.Value;

    /// <summary>Programs by folded country code and place name.</summary>
    public FrozenDictionary<string, ValueList<CooperationProgram>> ProgramsByPlace => programsByPlace.Value;

    public FrozenDictionary<string, ValueList<ExtraditionCase>> CasesByPerson => casesByPerson.Value;

    /// <summary>Cases by (from, to), with an empty string for a side left open.</summary>
    public FrozenDictionary<(string From, string To), ValueList<ExtraditionCase>> CasesByDirection => casesByDirection.Value;

    public (IntervalIndex<ExtraditionCase> Dated, ValueList<ExtraditionCase> Undated) CasesByPeriod => casesByPeriod.Value;

    public FrozenDictionary<(string From, string To), (IntervalIndex<PeriodEntry<ExtraditionFigure>> Dated, ValueList<ExtraditionFigure> Undated)> FiguresByDirection => figuresByDirection.Value;

    public BudgetLineIndex BudgetLines => budgetLines.Value;

    /// <summary>For each id, the records that point to it.</summary>
    public FrozenDictionary<string, ValueList<IRecord>> Referencing => referencing.Value;

    public FrozenDictionary<string, ValueList<RecordCitation>> CitationsByRecord => citationsByRecord.Value;

    public FrozenDictionary<string, ValueList<RecordCitation>> CitationsBySource => citationsBySource.Value;

    public SearchIndex Search => search.Value;

    /// <summary>The period an extradition figure covers; a figure with only an as-of date covers that date.</summary>
    public static DateRange? PeriodOf(ExtraditionFigure figure) =>
        figure.Period ?? (figure.AsOf is { } asOf ? DateRange.Single(asOf) : null);

    /// <summary>Proposed and planned programs never ran, so no date query returns them.</summary>
    private static bool CanHaveRun(CooperationProgram program) =>
        program.Status is not (ProgramStatus.Proposed or ProgramStatus.Planned);
}
