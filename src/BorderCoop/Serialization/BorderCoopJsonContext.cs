using System.Text.Json.Serialization;

namespace BorderCoop.Serialization;

/// <summary>
/// Source-generated serialization metadata for every record type: no reflection at run time, safe under
/// trimming and NativeAOT. Strict: unknown and repeated properties, nulls where the constructor does not take
/// null, and missing required properties are all rejected rather than dropped or defaulted.
/// </summary>
/// <remarks>Read through <see cref="BorderCoopJson.Options"/>, which adds the rule for optional properties.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<Source>))]
[JsonSerializable(typeof(List<Source>))]
[JsonSerializable(typeof(IReadOnlyList<Agency>))]
[JsonSerializable(typeof(List<Agency>))]
[JsonSerializable(typeof(IReadOnlyList<Person>))]
[JsonSerializable(typeof(List<Person>))]
[JsonSerializable(typeof(IReadOnlyList<Agreement>))]
[JsonSerializable(typeof(List<Agreement>))]
[JsonSerializable(typeof(IReadOnlyList<CooperationProgram>))]
[JsonSerializable(typeof(List<CooperationProgram>))]
[JsonSerializable(typeof(IReadOnlyList<ExtraditionCase>))]
[JsonSerializable(typeof(List<ExtraditionCase>))]
[JsonSerializable(typeof(IReadOnlyList<ExtraditionFigure>))]
[JsonSerializable(typeof(List<ExtraditionFigure>))]
[JsonSerializable(typeof(IReadOnlyList<BudgetLine>))]
[JsonSerializable(typeof(List<BudgetLine>))]
[JsonSerializable(typeof(IReadOnlyList<Figure>))]
[JsonSerializable(typeof(List<Figure>))]
[JsonSerializable(typeof(IReadOnlyList<Event>))]
[JsonSerializable(typeof(List<Event>))]
[JsonSerializable(typeof(IReadOnlyList<Conflict>))]
[JsonSerializable(typeof(List<Conflict>))]
internal sealed partial class BorderCoopJsonContext : JsonSerializerContext
{
}
