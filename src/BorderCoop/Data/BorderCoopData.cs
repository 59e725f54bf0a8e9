using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using NodaTime;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>
/// The BorderCoop dataset: every record family as an immutable list, with lookup by id. Use
/// <see cref="Default"/> for the curated data embedded in the package.
/// </summary>
/// <remarks>
/// An instance is immutable and safe to share between threads. It is validated when created: ids are unique
/// and well formed, and every reference (agency, person, program, agreement, source, conflict record) resolves;
/// otherwise a <see cref="DatasetValidationException"/> lists every problem and no instance is created.
/// </remarks>
public sealed partial class BorderCoopData
{
    private static readonly Lazy<BorderCoopData> DefaultData = new(EmbeddedDataset.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, IRecord> byId;
    private readonly Lazy<NameIndex<Agency>> agencyNames;
    private readonly Lazy<NameIndex<Person>> personNames;
    private readonly Lazy<FrozenDictionary<string, ValueList<Conflict>>> conflictsByRecord;
    private readonly Lazy<ValueList<TimelineEntry>> timeline;

    internal BorderCoopData(DatasetDocument document)
    {
        Sources = ValueList<Source>.From(document.Sources);
        Agencies = ValueList<Agency>.From(document.Agencies);
        People = ValueList<Person>.From(document.People);
        Agreements = ValueList<Agreement>.From(document.Agreements);
        Programs = ValueList<CooperationProgram>.From(document.Programs);
        ExtraditionCases = ValueList<ExtraditionCase>.From(document.ExtraditionCases);
        ExtraditionFigures = ValueList<ExtraditionFigure>.From(document.ExtraditionFigures);
        BudgetLines = ValueList<BudgetLine>.From(document.BudgetLines);
        Figures = ValueList<Figure>.From(document.Figures);
        Events = ValueList<Event>.From(document.Events);
        Conflicts = ValueList<Conflict>.From(document.Conflicts);
        Records = ValueList<IRecord>.From(
            Sources.Cast<IRecord>().Concat(Agencies).Concat(People).Concat(Agreements).Concat(Programs)
                .Concat(ExtraditionCases).Concat(ExtraditionFigures).Concat(BudgetLines).Concat(Figures)
                .Concat(Events).Concat(Conflicts));

        var problems = new List<DatasetProblem>();
        var index = DatasetIntegrity.Check(Records, (record, field, message) =>
            problems.Add(new DatasetProblem(field is null ? record.Id : $"{record.Id}: {field}", message)));
        if (problems.Count > 0)
        {
            throw new DatasetValidationException(problems);
        }

        byId = index.ToFrozenDictionary(StringComparer.Ordinal);

        // Query indexes are built once, on first use, so loading pays only for what is asked.
        agencyNames = new(() => new NameIndex<Agency>(Agencies, a =>
            [a.EnglishName, a.SpanishName, .. a.EnglishAcronyms, .. a.SpanishAcronyms, .. a.Aliases]));
        personNames = new(() => new NameIndex<Person>(People, p => [p.Name, .. p.Aliases]));
        conflictsByRecord = new(() => Conflicts
            .SelectMany(c => c.RecordIds.Concat(c.Versions.Select(v => v.RecordId)).OfType<string>().Distinct().Select(id => (Id: id, Conflict: c)))
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => ValueList<Conflict>.From(g.Select(p => p.Conflict)), StringComparer.Ordinal));
        timeline = new(() => BorderCoop.Timeline.Build(this));
    }

    /// <summary>The curated dataset embedded in the package, parsed and validated once on first use.</summary>
    /// <exception cref="DatasetValidationException">The embedded data is invalid (a packaging defect; the tests guard against it).</exception>
    public static BorderCoopData Default => DefaultData.Value;

    /// <summary>
    /// Creates a dataset from records built in code, validated exactly as loaded data is: ids unique and well formed,
    /// every reference resolving within <paramref name="records"/>.
    /// </summary>
    /// <param name="records">The records, of any families, in any order; each family keeps the order given.</param>
    /// <returns>The validated dataset, with its own indexes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or one of its items is null.</exception>
    /// <exception cref="DatasetValidationException">An id is repeated or malformed, or a reference does not resolve; every problem is listed.</exception>
    public static BorderCoopData Create(IEnumerable<IRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var sources = new List<Source>();
        var agencies = new List<Agency>();
        var people = new List<Person>();
        var agreements = new List<Agreement>();
        var programs = new List<CooperationProgram>();
        var cases = new List<ExtraditionCase>();
        var extraditionFigures = new List<ExtraditionFigure>();
        var budgetLines = new List<BudgetLine>();
        var figures = new List<Figure>();
        var events = new List<Event>();
        var conflicts = new List<Conflict>();
        foreach (var record in records)
        {
            switch (record)
            {
                case Source r: sources.Add(r); break;
                case Agency r: agencies.Add(r); break;
                case Person r: people.Add(r); break;
                case Agreement r: agreements.Add(r); break;
                case CooperationProgram r: programs.Add(r); break;
                case ExtraditionCase r: cases.Add(r); break;
                case ExtraditionFigure r: extraditionFigures.Add(r); break;
                case BudgetLine r: budgetLines.Add(r); break;
                case Figure r: figures.Add(r); break;
                case Event r: events.Add(r); break;
                case Conflict r: conflicts.Add(r); break;
                case null: throw new ArgumentNullException(nameof(records), "The records include a null.");
                default: throw new ArgumentException($"'{record.GetType().Name}' is not a BorderCoop record family.", nameof(records));
            }
        }

        return new BorderCoopData(new DatasetDocument
        {
            Sources = sources,
            Agencies = agencies,
            People = people,
            Agreements = agreements,
            Programs = programs,
            ExtraditionCases = cases,
            ExtraditionFigures = extraditionFigures,
            BudgetLines = budgetLines,
            Figures = figures,
            Events = events,
            Conflicts = conflicts,
        });
    }

    /// <summary>The source documents.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The agencies.</summary>
    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>The people.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>The agreements.</summary>
    public IReadOnlyList<Agreement> Agreements { get; }

    /// <summary>The cooperation programs.</summary>
    public IReadOnlyList<CooperationProgram> Programs { get; }

    /// <summary>The individual extradition, expulsion and deportation cases.</summary>
    public IReadOnlyList<ExtraditionCase> ExtraditionCases { get; }

    /// <summary>The aggregate extradition figures.</summary>
    public IReadOnlyList<ExtraditionFigure> ExtraditionFigures { get; }

    /// <summary>The budget lines.</summary>
    public IReadOnlyList<BudgetLine> BudgetLines { get; }

    /// <summary>The other statistics.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>The dated (and some undated) happenings.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>The recorded disagreements between sources or passages.</summary>
    public IReadOnlyList<Conflict> Conflicts { get; }

    /// <summary>Every record of every family, in the family order of <see cref="RecordId.Families"/>.</summary>
    public IReadOnlyList<IRecord> Records { get; }

    /// <summary>The record with the given id, of any family, or <see langword="null"/> when there is none.</summary>
    /// <param name="id">The id, such as <c>agreement/merida-initiative</c>; compared ordinally.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public IRecord? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.GetValueOrDefault(id);
    }

    /// <summary>Tries to get the record of type <typeparamref name="TRecord"/> with the given id.</summary>
    /// <typeparam name="TRecord">The record type expected.</typeparam>
    /// <param name="id">The id.</param>
    /// <param name="record">The record, when found with that type.</param>
    /// <returns>Whether a record of that type has the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGet<TRecord>(string id, [NotNullWhen(true)] out TRecord? record)
        where TRecord : class, IRecord
    {
        record = Find(id) as TRecord;
        return record is not null;
    }

    /// <summary>Gets the record of type <typeparamref name="TRecord"/> with the given id.</summary>
    /// <typeparam name="TRecord">The record type expected.</typeparam>
    /// <param name="id">The id.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No record has the id, or the record with it is of another type; the message says which.</exception>
    public TRecord Get<TRecord>(string id)
        where TRecord : class, IRecord
    {
        var found = Find(id);
        return found switch
        {
            TRecord record => record,
            null => throw new KeyNotFoundException($"No record has the id '{id}'."),
            _ => throw new KeyNotFoundException($"'{id}' is a {found.GetType().Name}, not a {typeof(TRecord).Name}."),
        };
    }

    /// <summary>
    /// The agencies known by <paramref name="nameOrAcronym"/>: an id, an English or Spanish name, an acronym or an
    /// alias, compared without regard to case, accents, dots or apostrophes ("pgr", "Procuraduria General de la
    /// Republica", "Attorney General's Office", "D.E.A.", "Border Patrol").
    /// </summary>
    /// <param name="nameOrAcronym">The name to resolve.</param>
    /// <returns>Every agency that bears the name, in dataset order; empty when none does, several when the name is ambiguous.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrAcronym"/> is null.</exception>
    public IReadOnlyList<Agency> FindAgencies(string nameOrAcronym)
    {
        ArgumentNullException.ThrowIfNull(nameOrAcronym);
        return agencyNames.Value.Find(nameOrAcronym);
    }

    /// <summary>
    /// The people known by <paramref name="name"/>: an id, the name or an alias (surnames and accent-free spellings
    /// included), compared without regard to case or accents ("Calderon" finds Felipe Calderón).
    /// </summary>
    /// <param name="name">The name to resolve.</param>
    /// <returns>Every person who bears the name, in dataset order; empty when none does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public IReadOnlyList<Person> FindPeople(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return personNames.Value.Find(name);
    }

    /// <summary>The conflicts that touch the record with id <paramref name="recordId"/>, directly or through one of their versions.</summary>
    /// <param name="recordId">A record id.</param>
    /// <returns>The conflicts, in dataset order; empty when none touches the record (or the id is unknown).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    public IReadOnlyList<Conflict> ConflictsAbout(string recordId)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        return conflictsByRecord.Value.TryGetValue(recordId, out var found) ? found : ValueList<Conflict>.Empty;
    }

    /// <summary>
    /// Every dated value of the dataset on one timeline, in order: agreements signed and in force, programs started
    /// and ended, arrests and surrenders, events, roles taken and left, sources published.
    /// </summary>
    /// <remarks>
    /// Ordering respects precision: at the same start, the wider span comes first ("1996" before "1996-01" before
    /// "1996-01-14"), and exact before approximate. Records the sources do not date are not on the timeline.
    /// The list is built once, on first use.
    /// </remarks>
    public IReadOnlyList<TimelineEntry> Timeline => timeline.Value;

    /// <summary>The agreements in force on <paramref name="date"/>, each with how sure that is and why.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>Matching agreements in dataset order.</returns>
    /// <remarks>
    /// An agreement known to enter into force "in 1991" is <see cref="DateCertainty.Uncertain"/> on 1991-06-01 and
    /// <see cref="DateCertainty.Certain"/> from 1992-01-01. One with only a signing date is uncertain from that date on.
    /// Agreements with neither date are left out, as are days before the earliest possible start. The sources record
    /// no terminations, so no agreement is reported as ended.
    /// </remarks>
    public IReadOnlyList<DatedMatch<Agreement>> AgreementsInForceOn(LocalDate date) =>
        ValueList<DatedMatch<Agreement>>.From(Agreements.Select(a => AgreementDates.InForceOn(a, date)).OfType<DatedMatch<Agreement>>());

    /// <summary>The agreements signed within <paramref name="period"/>, each with how sure that is.</summary>
    /// <param name="period">The days asked about, inclusive.</param>
    /// <returns>Matching agreements in dataset order; certain when the whole signing date lies in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public IReadOnlyList<DatedMatch<Agreement>> AgreementsSignedIn(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return ValueList<DatedMatch<Agreement>>.From(Agreements.Select(a => AgreementDates.SignedIn(a, period)).OfType<DatedMatch<Agreement>>());
    }

    /// <summary>
    /// Every aggregate extradition figure from <paramref name="from"/> to <paramref name="to"/> whose period overlaps
    /// <paramref name="period"/>: all the reported versions side by side, never one picked for you.
    /// </summary>
    /// <param name="period">The days asked about, inclusive.</param>
    /// <param name="from">The sending country (ISO 3166-1 alpha-2).</param>
    /// <param name="to">The receiving country.</param>
    /// <returns>Matching figures in dataset order. Use <see cref="ConflictsAbout"/> to see which of them disagree.</returns>
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

        var matches = new List<DatedMatch<ExtraditionFigure>>();
        foreach (var figure in ExtraditionFigures)
        {
            if (figure.From != from || figure.To != to)
            {
                continue;
            }

            var span = figure.Period ?? (figure.AsOf is { } asOf ? DateRange.Single(asOf) : null);
            if (span is null)
            {
                matches.Add(new(figure, DateCertainty.Uncertain, "the source gives no period"));
            }
            else if (PeriodOverlap.Of(span, period) is { } certainty)
            {
                matches.Add(new(figure, certainty, certainty == DateCertainty.Certain ? $"covers {span}" : $"covers {span}, which may overlap the period"));
            }
        }

        return ValueList<DatedMatch<ExtraditionFigure>>.From(matches);
    }

    /// <summary>
    /// Budget totals by fiscal year that only add like with like (same fiscal year, stage and currency), with every
    /// line they left out and why; optionally only the lines of one program.
    /// </summary>
    /// <param name="programId">A program id to restrict the lines to, or null for every line.</param>
    /// <returns>The totals and the lines left out.</returns>
    /// <remarks>
    /// A request is never added to an appropriation. Lines for a calendar span (such as assistance "between 2000 and
    /// 2007") are left out of the yearly totals rather than split or overlapped.
    /// </remarks>
    public BudgetSummary BudgetTotalsByFiscalYear(string? programId = null) =>
        BudgetSummary.Of(programId is null ? BudgetLines : BudgetLines.Where(b => b.ProgramId == programId));

    /// <summary>Writes the whole dataset as one indented UTF-8 JSON document, one array per family, in the data-file format.</summary>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public void WriteJson(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, ToDocument(), BorderCoopJson.Context.DatasetDocument);
    }

    internal DatasetDocument ToDocument() => new()
    {
        Sources = Sources,
        Agencies = Agencies,
        People = People,
        Agreements = Agreements,
        Programs = Programs,
        ExtraditionCases = ExtraditionCases,
        ExtraditionFigures = ExtraditionFigures,
        BudgetLines = BudgetLines,
        Figures = Figures,
        Events = Events,
        Conflicts = Conflicts,
    };
}
