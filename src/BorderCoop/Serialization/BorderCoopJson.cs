using System.Text.Encodings.Web;
using System.Text.Json;

namespace BorderCoop.Serialization;

/// <summary>The System.Text.Json settings that read and write BorderCoop records exactly as the data files do.</summary>
/// <remarks>
/// <para>Pass <see cref="Options"/> to <see cref="JsonSerializer"/> to serialize any record (or a list of records) and
/// read it back equal to the original: <c>JsonSerializer.Serialize(agreement, BorderCoopJson.Options)</c>.
/// The options are source-generated (no reflection, trimming- and NativeAOT-safe) and read-only.</para>
/// <para>Text is written as UTF-8 without escaping accents, curly quotes or apostrophes, so a quote in the output can
/// be searched for in its source document as written. The output is data, not HTML: escape it before embedding it
/// in a web page.</para>
/// </remarks>
public static class BorderCoopJson
{
    private static readonly BorderCoopJsonContext WritingContext = new(new JsonSerializerOptions(BorderCoopJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Read-only options: camelCase names, kebab-case enum values, text forms for dates, nulls omitted, unknown properties rejected.</summary>
    public static JsonSerializerOptions Options => WritingContext.Options;

    /// <summary>The source-generated context behind <see cref="Options"/>, for the dataset's own writers.</summary>
    internal static BorderCoopJsonContext Context => WritingContext;
}
