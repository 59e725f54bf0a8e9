using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>
/// A kind of record, with every name the data gives it: the prefix of its ids (<c>extradition-case/</c>), the
/// property of an export document and the name of its embedded file (<c>extraditionCases</c>,
/// <c>extradition-cases.json</c>), its table in the exports (<c>extradition-cases</c>) and its name in prose
/// ("extradition case"). <see cref="All"/> lists the families in the order the dataset, the files and the exports use.
/// </summary>
/// <remarks>
/// This is the one place that knows which families exist: the loader, the writer, the checks, the exports, the JSON
/// Schema and the tests all iterate <see cref="All"/>. What one record holds (its links, all its citations, its
/// search texts) is said by the record type itself.
/// </remarks>
public abstract class RecordFamily
{
    private static readonly List<RecordFamily> Registered = [];

    private readonly byte[] utf8PropertyName;

    private protected RecordFamily(string idPrefix, string propertyName)
    {
        Index = Registered.Count;
        IdPrefix = idPrefix;
        PropertyName = propertyName;
        TableName = JsonNamingPolicy.KebabCaseLower.ConvertName(propertyName);
        FileName = TableName + ".json";
        Name = idPrefix.Replace('-', ' ');
        PluralName = TableName.Replace('-', ' ');
        utf8PropertyName = Encoding.UTF8.GetBytes(propertyName);
        Registered.Add(this);
    }

    /// <summary>The source documents.</summary>
    public static RecordFamily<Source> Sources { get; } = new("source", "sources");

    /// <summary>The agencies.</summary>
    public static RecordFamily<Agency> Agencies { get; } = new("agency", "agencies");

    /// <summary>The people.</summary>
    public static RecordFamily<Person> People { get; } = new("person", "people");

    /// <summary>The agreements.</summary>
    public static RecordFamily<Agreement> Agreements { get; } = new("agreement", "agreements");

    /// <summary>The cooperation programs.</summary>
    public static RecordFamily<CooperationProgram> Programs { get; } = new("program", "programs");

    /// <summary>The individual extradition, expulsion and deportation cases.</summary>
    public static RecordFamily<ExtraditionCase> ExtraditionCases { get; } = new("extradition-case", "extraditionCases");

    /// <summary>The aggregate extradition figures.</summary>
    public static RecordFamily<ExtraditionFigure> ExtraditionFigures { get; } = new("extradition-figure", "extraditionFigures");

    /// <summary>The budget lines.</summary>
    public static RecordFamily<BudgetLine> BudgetLines { get; } = new("budget-line", "budgetLines");

    /// <summary>The other statistics.</summary>
    public static RecordFamily<Figure> Figures { get; } = new("figure", "figures");

    /// <summary>The dated (and some undated) happenings.</summary>
    public static RecordFamily<Event> Events { get; } = new("event", "events");

    /// <summary>The recorded disagreements between sources or passages.</summary>
    public static RecordFamily<Conflict> Conflicts { get; } = new("conflict", "conflicts");

    /// <summary>Every family, in the order the dataset lists them (the order of the properties above).</summary>
    public static IReadOnlyList<RecordFamily> All { get; } = ValueList<RecordFamily>.From(Registered);

    /// <summary>The prefix of the family's ids, before the slash: <c>extradition-case</c>.</summary>
    public string IdPrefix { get; }

    /// <summary>The family's property in an export document (<see cref="BorderCoopData.WriteJson"/>): <c>extraditionCases</c>.</summary>
    public string PropertyName { get; }

    /// <summary>The name of the family's data file in <c>src/BorderCoop/Data</c> (compiled into the assembly) and of its table in exports: <c>extradition-cases.json</c>.</summary>
    public string FileName { get; }

    /// <summary>The family's table in the exports (CSV file, data package resource, SQL table): <c>extradition-cases</c>.</summary>
    public string TableName { get; }

    /// <summary>One record of the family in prose: "extradition case".</summary>
    public string Name { get; }

    /// <summary>Records of the family in prose: "extradition cases".</summary>
    public string PluralName { get; }

    /// <summary>The record type: <see cref="ExtraditionCase"/>.</summary>
    public abstract Type RecordType { get; }

    /// <summary>The position in <see cref="All"/>.</summary>
    internal int Index { get; }

    /// <summary>The source-generated metadata of a list of the family's records, for reading a whole file in one call.</summary>
    internal abstract JsonTypeInfo ListTypeInfo { get; }

    /// <summary>The contract of one record, for locating problems.</summary>
    internal TypeContract Records => TypeContract.For(BorderCoopJson.Options.GetTypeInfo(RecordType));

    /// <summary>The family of <paramref name="record"/>.</summary>
    /// <param name="record">A record.</param>
    /// <returns>Its family.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The record is of a type that no family holds (a type outside the library).</exception>
    public static RecordFamily Of(IRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        for (var i = 0; i < All.Count; i++) // by index: called per record and per id, a foreach would allocate an enumerator each time
        {
            var family = All[i];
            if (family.RecordType == record.GetType())
            {
                return family;
            }
        }

        throw new ArgumentException($"'{record.GetType().Name}' is not a BorderCoop record family.", nameof(record));
    }

    /// <summary>The family whose ids <paramref name="id"/> has the prefix of, or null when no family's prefix comes before its slash.</summary>
    /// <param name="id">An id such as <c>agreement/merida-initiative</c>; its slug is not checked.</param>
    /// <returns>The family, or null.</returns>
    public static RecordFamily? ForId(string? id)
    {
        var slash = id?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash > 0)
        {
            for (var i = 0; i < All.Count; i++)
            {
                var family = All[i];
                if (family.IdPrefix.Length == slash && id!.StartsWith(family.IdPrefix, StringComparison.Ordinal))
                {
                    return family;
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="id"/> starts with this family's prefix and a slash.</summary>
    internal bool Owns(string id) =>
        id.Length > IdPrefix.Length + 1 && id[IdPrefix.Length] == '/' && id.StartsWith(IdPrefix, StringComparison.Ordinal);

    /// <summary>The family the reader's current property name names, or null.</summary>
    internal static RecordFamily? Named(ref Utf8JsonReader reader)
    {
        foreach (var family in All)
        {
            if (reader.ValueTextEquals(family.utf8PropertyName))
            {
                return family;
            }
        }

        return null;
    }

    /// <summary>Writes <paramref name="records"/>, all of this family, as a JSON array.</summary>
    internal abstract void WriteList(Utf8JsonWriter writer, IReadOnlyList<IRecord> records);

    /// <summary>The records given, all of this family, as the family's immutable list.</summary>
    internal abstract IReadOnlyList<IRecord> Freeze(List<IRecord> records);

    /// <summary>The property name, as the data writes it.</summary>
    /// <returns><see cref="PropertyName"/>.</returns>
    public override string ToString() => PropertyName;
}
