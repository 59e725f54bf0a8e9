using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BorderCoop.Serialization;

/// <summary>The System.Text.Json settings that read and write BorderCoop records exactly as the data files do.</summary>
/// <remarks>
/// <para>Pass <see cref="Options"/> to <see cref="JsonSerializer"/> to serialize any record (or a list of records) and
/// read it back equal to the original: <c>JsonSerializer.Serialize(agreement, BorderCoopJson.Options)</c>.
/// The options are source-generated (no reflection, trimming- and NativeAOT-safe) and read-only.</para>
/// <para>Reading is strict, and the constructors are the contract: a property is required unless its constructor
/// parameter is nullable or has a default value; null is accepted only where the parameter is nullable; unknown and
/// repeated properties are rejected; enum values are accepted only in their exact documented spelling
/// (<c>at-least</c>, never <c>AtLeast</c>, <c>" at-least"</c> or <c>"at-least, about"</c>).</para>
/// <para>Text is written as UTF-8 without escaping accents, curly quotes or apostrophes, so a quote in the output can
/// be searched for in its source document as written. The output is data, not HTML: escape it before embedding it
/// in a web page.</para>
/// </remarks>
public static class BorderCoopJson
{
    private static readonly JsonSerializerOptions Strict = CreateOptions();

    /// <summary>Read-only options: camelCase names, kebab-case enum values, text forms for dates, nulls omitted, strict reading.</summary>
    public static JsonSerializerOptions Options => Strict;

    /// <summary>The metadata of <typeparamref name="T"/> under <see cref="Options"/>.</summary>
    internal static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Strict.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(BorderCoopJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = BorderCoopJsonContext.Default.WithAddedModifier(NullableParametersAreOptional),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// System.Text.Json requires every constructor parameter without a default value; a nullable one (a record's
    /// optional list or date, which comes before its required citations) is optional here.
    /// </summary>
    private static void NullableParametersAreOptional(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.IsRequired && property.AssociatedParameter is { IsNullable: true })
            {
                property.IsRequired = false;
            }
        }
    }
}
