using System.Reflection;
using System.Text.Json;

namespace BorderCoop.Cli.Coverage;

/// <summary>
/// A passage of a curated source that was reviewed and deliberately not encoded in the data, with the reason: one entry
/// of <c>not-encoded.json</c>, the reviewed list <c>bordercoop coverage</c> does not report.
/// </summary>
/// <param name="SourceId">The source the passage is in, such as <c>source/arzt-security-collaboration</c>.</param>
/// <param name="Passage">The passage, a verbatim substring of the source's text; it sets aside every sentence it holds whole.</param>
/// <param name="Reason">Why it is not in the data (a chart title with no data, a bibliography entry, an opinion…).</param>
internal sealed record NotEncodedPassage(string SourceId, string Passage, string Reason)
{
    /// <summary>The name the reviewed list is embedded in the tool under.</summary>
    public const string ResourceName = "BorderCoop.Cli.not-encoded.json";

    /// <summary>The reviewed list embedded in the tool (<c>src/BorderCoop.Cli/Coverage/not-encoded.json</c>).</summary>
    public static IReadOnlyList<NotEncodedPassage> Reviewed { get; } = LoadEmbedded();

    /// <summary>Reads a reviewed list: a JSON array of <c>{ "source", "passage", "reason" }</c> objects.</summary>
    /// <exception cref="JsonException">The text is not such an array, or an entry lacks one of the three strings.</exception>
    public static IReadOnlyList<NotEncodedPassage> Read(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The reviewed list is a JSON array of { \"source\", \"passage\", \"reason\" } objects.");
        }

        return [.. document.RootElement.EnumerateArray().Select((entry, i) =>
            new NotEncodedPassage(Required(entry, "source", i), Required(entry, "passage", i), Required(entry, "reason", i)))];
    }

    private static string Required(JsonElement entry, string name, int index) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text
            ? text
            : throw new JsonException($"Entry {index} of the reviewed list has no '{name}' text.");

    private static IReadOnlyList<NotEncodedPassage> LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the tool.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return Read(memory.ToArray());
    }
}
