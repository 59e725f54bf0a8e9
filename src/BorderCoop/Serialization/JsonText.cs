using System.Text.Json;

namespace BorderCoop.Serialization;

/// <summary>
/// Reading JSON strings that may not be text: an escape of half a surrogate pair (<c>"\ud800"</c>) is valid JSON
/// syntax but no character, and <see cref="Utf8JsonReader.GetString"/> throws <see cref="InvalidOperationException"/>
/// on it.
/// </summary>
internal static class JsonText
{
    /// <summary>The string or property name the reader is on, or null when it escapes an unpaired surrogate.</summary>
    public static string? TryGetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Whether the string or property name the reader is on decodes to text (always, unless it is escaped).</summary>
    public static bool IsText(ref Utf8JsonReader reader) => !reader.ValueIsEscaped || TryGetString(ref reader) is not null;

    /// <summary>The problem with a string that does not decode to text, for messages.</summary>
    public const string UnpairedSurrogate =
        "the string escapes half of a surrogate pair (such as \\ud800 without the \\udc00–\\udfff that must follow), which is no character";
}
