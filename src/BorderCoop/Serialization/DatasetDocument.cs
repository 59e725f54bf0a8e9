namespace BorderCoop.Serialization;

/// <summary>The whole dataset as one JSON document: one array per record family.</summary>
internal sealed class DatasetDocument
{
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
