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
[JsonSerializable(typeof(List<Source>))]
[JsonSerializable(typeof(List<Agency>))]
[JsonSerializable(typeof(List<Person>))]
[JsonSerializable(typeof(List<Agreement>))]
[JsonSerializable(typeof(List<CooperationProgram>))]
[JsonSerializable(typeof(List<ExtraditionCase>))]
[JsonSerializable(typeof(List<ExtraditionFigure>))]
[JsonSerializable(typeof(List<BudgetLine>))]
[JsonSerializable(typeof(List<Figure>))]
[JsonSerializable(typeof(List<Event>))]
[JsonSerializable(typeof(List<Conflict>))]
[JsonSerializable(typeof(DatasetDocument))]
internal sealed partial class BorderCoopJsonContext : JsonSerializerContext
{
}
