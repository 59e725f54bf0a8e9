using System.Text.Json.Serialization;

namespace BorderCoop.Benchmarks;

/// <summary>
/// Source-generated metadata for <see cref="PlainUserFile"/>, as the library's contract is source-generated, so the
/// floor pays no reflection either. Lenient, as System.Text.Json is by default: unknown properties are skipped and
/// nothing is required.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PlainUserFile))]
internal sealed partial class PlainUserFileContext : JsonSerializerContext
{
}
