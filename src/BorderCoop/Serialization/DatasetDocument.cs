namespace BorderCoop.Serialization;

/// <summary>The whole dataset as one JSON document: the name of the data release it is built on, then one array per record family.</summary>
/// <remarks>
/// Every property but <see cref="DataVersion"/> is a record family (see <c>RecordFamily</c>), in the order they are
/// written and listed.
/// </remarks>
internal sealed class DatasetDocument
{
    /// <summary>The data release, such as <c>2026a</c>; omitted from the JSON when null (see <see cref="BorderCoopData.DataVersion"/>).</summary>
    public string? DataVersion { get; init; }

    public required IReadOnlyList<Source> Sources { get; init; }

    public required IReadOnlyList<Agency> Agencies { get; init; }

    public required IReadOnlyList<Person> People { get; init; }

    public required IReadOnlyList<Agreement> Agreements { get; init; }

    public required IReadOnlyList<CooperationProgram> Programs { get; init; }

    public required IReadOnlyList<ExtraditionCase> ExtraditionCases { get; init; }

    public required IReadOnlyList<ExtraditionFigure> ExtraditionFigures { get; init; }

    public required IReadOnlyList<BudgetLine> BudgetLines { get; init; }

    public required IReadOnlyList<Figure> Figures { get; init; }

    public required IReadOnlyList<Event> Events { get; init; }

    public required IReadOnlyList<Conflict> Conflicts { get; init; }
}
