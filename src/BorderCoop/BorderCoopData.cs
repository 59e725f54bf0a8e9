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

    private readonly IReadOnlyList<IRecord>[] families;
    private readonly Dictionary<string, IRecord> byId;
    private DatasetIndexes? indexes;

    /// <summary>Freezes records that passed the checks (or the trusted embedded data): the last step before indexing.</summary>
    /// <param name="records">The records.</param>
    /// <param name="dataVersion">The data release, or null.</param>
    /// <param name="byId">The records by id, when the checks already made that index (<see cref="DatasetIntegrity.Check"/>), or null to make it here.</param>
    private BorderCoopData(IReadOnlyList<IRecord> records, string? dataVersion, Dictionary<string, IRecord>? byId = null)
    {
        var buckets = RecordFamily.All.Select(_ => new List<IRecord>()).ToArray();
        foreach (var record in records)
        {
            buckets[RecordFamily.Of(record).Index].Add(record);
        }

        DataVersion = dataVersion;
        families = [.. RecordFamily.All.Select(f => f.Freeze(buckets[f.Index]))];
        Records = ValueList<IRecord>.From(families.SelectMany(f => f));

        // A plain dictionary: a frozen one looks up a little faster but takes longer to build than the whole rest of
        // the first load, which every process that asks one question pays. It is only looked up, never listed, so the
        // index of the checks, made in the records' order, serves as it is.
        if (byId is null)
        {
            byId = new Dictionary<string, IRecord>(Records.Count, StringComparer.Ordinal);
            foreach (var record in Records)
            {
                byId.Add(record.Id, record);
            }
        }

        this.byId = byId;
    }

    /// <summary>The curated dataset embedded in the package, read once on first use.</summary>
    /// <remarks>
    /// The embedded data is trusted, as a time zone database shipped with a library is: it is read under the strict
    /// contract but not checked across records at run time, because the test suite runs every check on the very bytes
    /// that are embedded. Records a user brings (<see cref="Load(Stream, string, DatasetLoadLimits?)"/>,
    /// <see cref="Extend(Stream, string, DatasetLoadLimits?)"/>, <see cref="Create(IEnumerable{IRecord})"/>) always go
    /// through every check.
    /// </remarks>
    /// <exception cref="DatasetValidationException">The embedded data is unreadable (a packaging defect; the tests guard against it).</exception>
    public static BorderCoopData Default => DefaultData.Value;

    /// <summary>The lookups behind the queries, built on first use, once the dataset is complete.</summary>
    private DatasetIndexes Indexes => Volatile.Read(ref indexes) ?? CreateIndexes();

    private DatasetIndexes CreateIndexes()
    {
        // Two threads may both build the (cheap, all-lazy) holder; one wins and both use it.
        Interlocked.CompareExchange(ref indexes, new DatasetIndexes(this), null);
        return indexes!;
    }

    /// <summary>
    /// Creates a dataset from records built in code, validated exactly as loaded data is: ids unique and well formed,
    /// every reference resolving within <paramref name="records"/>.
    /// </summary>
    /// <param name="records">The records, of any families, in any order; each family keeps the order given.</param>
    /// <returns>The validated dataset, with its own Indexes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or one of its items is null.</exception>
    /// <exception cref="DatasetValidationException">An id is repeated or malformed, or a reference does not resolve; every problem is listed.</exception>
    /// <remarks>The dataset has no <see cref="DataVersion"/>: records built in code are no data release.</remarks>
    public static BorderCoopData Create(IEnumerable<IRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        IReadOnlyList<IRecord> list = [.. records];
        foreach (var record in list)
        {
            if (record is null)
            {
                throw new ArgumentNullException(nameof(records), "The records include a null.");
            }

            _ = RecordFamily.Of(record); // throws for a type outside the library
        }

        var problems = new List<DatasetProblem>();
        var byId = DatasetIntegrity.Check(list, (record, field, message) =>
            problems.Add(new DatasetProblem(field is null ? record.Id : $"{record.Id}: {field}", message)));
        if (problems.Count > 0)
        {
            throw new DatasetValidationException(problems);
        }

        return new BorderCoopData(list, dataVersion: null, byId);
    }

    /// <summary>The dataset of records that passed every check, or of the trusted embedded data, as the release named.</summary>
    /// <param name="records">The records.</param>
    /// <param name="dataVersion">The data release, or null.</param>
    /// <param name="byId">The records by id as the checks indexed them, when they found no problem; null to index them here.</param>
    internal static BorderCoopData Freeze(IReadOnlyList<IRecord> records, string? dataVersion, Dictionary<string, IRecord>? byId = null) => new(records, dataVersion, byId);

    /// <summary>
    /// The name of the release of the curated data that this dataset is, or is built on, such as <c>2026a</c>; null
    /// when it is built on none. Cite it with the data ("BorderCoop data 2026a"): the package version names the API,
    /// not the data.
    /// </summary>
    /// <remarks>
    /// <para>Data releases are named as time zone database releases are: the year, then one lower-case letter per
    /// release that year (<c>2026a</c>, <c>2026b</c>), so names sort in release order. A release changes when the
    /// curated records change (a corrected date, a new quote, new records), independently of the API; the changelog
    /// lists what each release changed.</para>
    /// <list type="bullet">
    /// <item><description><see cref="Default"/>: the release embedded in this assembly.</description></item>
    /// <item><description><see cref="Extend(Stream, string, DatasetLoadLimits?)"/> and <see cref="ExtendFile"/>: the
    /// release of the dataset extended. The curated records are all there; the records added are not part of the
    /// release, and a <c>dataVersion</c> that the file declares is checked for its form only.</description></item>
    /// <item><description><see cref="Load(Stream, string, DatasetLoadLimits?)"/> and <see cref="LoadFile"/>: the
    /// <c>dataVersion</c> that the document declares (<see cref="WriteJson"/> writes it), or null when it declares
    /// none. It is the document's own claim: the records are not compared with the release it names.</description></item>
    /// <item><description><see cref="Create(IEnumerable{IRecord})"/>: null.</description></item>
    /// </list>
    /// </remarks>
    public string? DataVersion { get; }

    /// <summary>
    /// The name of the data release embedded in this assembly, such as <c>2026a</c>: the <see cref="DataVersion"/>
    /// of <see cref="Default"/>, read without loading the data (a tool can print it at once, as in <c>--version</c>).
    /// </summary>
    /// <exception cref="DatasetValidationException">The embedded release name is missing or malformed (a packaging defect; the tests guard against it).</exception>
    public static string DefaultDataVersion => DataRelease.Embedded;

    /// <summary>The source documents.</summary>
    public IReadOnlyList<Source> Sources => RecordsOf(RecordFamily.Sources);

    /// <summary>The agencies.</summary>
    public IReadOnlyList<Agency> Agencies => RecordsOf(RecordFamily.Agencies);

    /// <summary>The people.</summary>
    public IReadOnlyList<Person> People => RecordsOf(RecordFamily.People);

    /// <summary>The agreements.</summary>
    public IReadOnlyList<Agreement> Agreements => RecordsOf(RecordFamily.Agreements);

    /// <summary>The cooperation programs.</summary>
    public IReadOnlyList<CooperationProgram> Programs => RecordsOf(RecordFamily.Programs);

    /// <summary>The individual extradition, expulsion and deportation cases.</summary>
    public IReadOnlyList<ExtraditionCase> ExtraditionCases => RecordsOf(RecordFamily.ExtraditionCases);

    /// <summary>The aggregate extradition figures.</summary>
    public IReadOnlyList<ExtraditionFigure> ExtraditionFigures => RecordsOf(RecordFamily.ExtraditionFigures);

    /// <summary>The budget lines.</summary>
    public IReadOnlyList<BudgetLine> BudgetLines => RecordsOf(RecordFamily.BudgetLines);

    /// <summary>The other statistics.</summary>
    public IReadOnlyList<Figure> Figures => RecordsOf(RecordFamily.Figures);

    /// <summary>The dated (and some undated) happenings.</summary>
    public IReadOnlyList<Event> Events => RecordsOf(RecordFamily.Events);

    /// <summary>The recorded disagreements between sources or passages.</summary>
    public IReadOnlyList<Conflict> Conflicts => RecordsOf(RecordFamily.Conflicts);

    /// <summary>Every record of every family, in the family order of <see cref="RecordFamily.All"/>.</summary>
    public IReadOnlyList<IRecord> Records { get; }

    /// <summary>The records of one family, in data order: <c>data.RecordsOf(RecordFamily.Agreements)</c>.</summary>
    /// <typeparam name="TRecord">The family's record type.</typeparam>
    /// <param name="family">The family.</param>
    /// <returns>The family's records; empty when the dataset has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="family"/> is null.</exception>
    public IReadOnlyList<TRecord> RecordsOf<TRecord>(RecordFamily<TRecord> family)
        where TRecord : class, IRecord
    {
        ArgumentNullException.ThrowIfNull(family);
        return (IReadOnlyList<TRecord>)families[family.Index];
    }

    /// <summary>The records of one family, in data order, when the family is known only at run time.</summary>
    /// <param name="family">The family.</param>
    /// <returns>The family's records; empty when the dataset has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="family"/> is null.</exception>
    public IReadOnlyList<IRecord> RecordsOf(RecordFamily family)
    {
        ArgumentNullException.ThrowIfNull(family);
        return families[family.Index];
    }

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
    /// Writes the whole dataset as one indented UTF-8 JSON document, in the data-file format: its
    /// <see cref="DataVersion"/> as <c>dataVersion</c> (left out when null), then one array per family.
    /// </summary>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public void WriteJson(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var options = BorderCoopJson.Options;
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true, Encoder = options.Encoder });
        writer.WriteStartObject();
        if (DataVersion is not null)
        {
            writer.WriteString(DataRelease.DocumentProperty, DataVersion);
        }

        foreach (var family in RecordFamily.All)
        {
            writer.WritePropertyName(family.PropertyName);
            family.WriteList(writer, families[family.Index]);
        }

        writer.WriteEndObject();
    }
}
