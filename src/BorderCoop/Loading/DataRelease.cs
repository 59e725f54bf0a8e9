using System.Text;

namespace BorderCoop;

/// <summary>
/// The naming rule for releases of the curated data, and the embedded name of the release in this assembly.
/// Releases are named as the IANA time zone database names its own: the year of the release, then one lower-case
/// letter per release that year (<c>2026a</c>, <c>2026b</c>, …), so names sort in release order.
/// </summary>
/// <remarks>
/// The data release is versioned apart from the API (the package version): correcting a date in the data makes a
/// new data release and need not change the API, and the other way round. <c>Data/VERSION</c> holds the name of the
/// release in the repository, and <c>CHANGELOG.md</c> records what each release changed.
/// </remarks>
internal static class DataRelease
{
    /// <summary>The name of the embedded resource that holds the release name (the file <c>Data/VERSION</c>).</summary>
    public const string ResourceName = EmbeddedDataset.ResourcePrefix + "VERSION";

    /// <summary>The property of an export document that names its release (<see cref="BorderCoopData.WriteJson"/> writes it first).</summary>
    public const string DocumentProperty = "dataVersion";

    /// <summary>What a release name looks like, in words for problem messages.</summary>
    public const string FormDescription = "a year and one lower-case letter, such as 2026a";

    private static readonly Lazy<string> EmbeddedName = new(() => Parse(EmbeddedDataset.ReadResource("VERSION").Span), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The name of the release embedded in this assembly, read from its <c>VERSION</c> resource once, without loading the data.</summary>
    /// <exception cref="DatasetValidationException">The resource is missing or malformed (a packaging defect the tests guard against).</exception>
    public static string Embedded => EmbeddedName.Value;

    /// <summary>Whether <paramref name="name"/> is a well-formed release name: four ASCII digits and one of a–z.</summary>
    public static bool IsWellFormed(string? name) => name is not null && Serialization.TextPatterns.IsDataRelease(name);

    /// <summary>
    /// Reads the release name from the text of a <c>VERSION</c> file: the name alone, optionally followed by a
    /// line break (as an editor saves it). Anything else is a packaging defect.
    /// </summary>
    /// <exception cref="DatasetValidationException">The text is not a well-formed release name.</exception>
    public static string Parse(ReadOnlySpan<byte> utf8Text)
    {
        var text = Encoding.UTF8.GetString(utf8Text).TrimEnd('\n', '\r');
        return IsWellFormed(text) ? text
            : throw new DatasetValidationException([new DatasetProblem(ResourceName, $"the data release name '{text}' is not {FormDescription}")]);
    }
}
