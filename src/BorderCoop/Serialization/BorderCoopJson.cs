using System.Text.Json;

namespace BorderCoop.Serialization;

/// <summary>The System.Text.Json settings that read and write BorderCoop records exactly as the data files do.</summary>
/// <remarks>
/// Pass <see cref="Options"/> to <see cref="JsonSerializer"/> to serialize any record (or a list of records) and
/// read it back equal to the original: <c>JsonSerializer.Serialize(agreement, BorderCoopJson.Options)</c>.
/// The options are source-generated (no reflection, trimming- and NativeAOT-safe) and read-only.
/// </remarks>
public static class BorderCoopJson
{
    /// <summary>Read-only options: camelCase names, kebab-case enum values, text forms for dates, nulls omitted, unknown properties rejected.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(BorderCoopJsonContext.Default.Options);
        options.MakeReadOnly();
        return options;
    }
}
