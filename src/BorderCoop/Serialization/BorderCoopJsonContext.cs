using System.Text.Json.Serialization;

namespace BorderCoop.Serialization;

/// <summary>
/// Source-generated serialization metadata for every record type: no reflection at run time, safe under
/// trimming and NativeAOT. Unknown JSON properties are rejected rather than silently dropped.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
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
