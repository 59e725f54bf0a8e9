namespace BorderCoop.Serialization;

/// <summary>
/// The JSON properties each type must state in the data. Constructors reject missing text and lists of citations
/// themselves, but an omitted enum or number would otherwise read as its default (a quantity without a
/// qualifier as exact), so presence is part of the data contract, checked by the loader and written into the schema.
/// </summary>
/// <remarks>
/// System.Text.Json cannot mark a getter-only property bound to a constructor parameter as required, so the list is
/// kept here, in one place, by JSON name.
/// </remarks>
internal static class RequiredProperties
{
    private static readonly Dictionary<Type, string[]> ByType = new()
    {
        [typeof(Source)] = ["id", "description", "kind", "file"],
        [typeof(Agency)] = ["id", "englishName", "kind"],
        [typeof(Person)] = ["id", "name", "citations"],
        [typeof(PersonRole)] = ["title", "citations"],
        [typeof(Agreement)] = ["id", "title", "kind", "description", "citations"],
        [typeof(AgreementRelation)] = ["kind", "target"],
        [typeof(CooperationProgram)] = ["id", "name", "kind", "status", "description", "citations"],
        [typeof(ExtraditionCase)] = ["id", "person", "from", "to", "mechanism", "outcome", "citations"],
        [typeof(ExtraditionFigure)] = ["id", "from", "to", "population", "measure", "value", "citations"],
        [typeof(BudgetLine)] = ["id", "description", "amount", "stage", "citations"],
        [typeof(Figure)] = ["id", "measure", "value", "citations"],
        [typeof(Event)] = ["id", "kind", "title", "description", "citations"],
        [typeof(Conflict)] = ["id", "title", "explanation", "versions"],
        [typeof(ConflictVersion)] = ["statement", "citations"],
        [typeof(Citation)] = ["source", "quote"],
        [typeof(Money)] = ["amount", "currency"],
        [typeof(Quantity)] = ["value", "qualifier"],
    };

    /// <summary>The JSON names of the properties <paramref name="type"/> must state; empty for types with none.</summary>
    public static IReadOnlyList<string> Of(Type type) => ByType.TryGetValue(type, out var names) ? names : [];
}
