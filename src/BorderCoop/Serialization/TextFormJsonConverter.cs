using System.Text.Json;
using System.Text.Json.Serialization;

namespace BorderCoop.Serialization;

/// <summary>
/// Writes a value type as its text form and reads it back with its own parser, so the data files say
/// <c>"1996-03"</c>, <c>"1995/2000"</c> and <c>"FY1997"</c> rather than nested objects.
/// </summary>
/// <typeparam name="T">A type with a round-tripping <c>ToString</c> and a <c>Parse</c> that throws <see cref="FormatException"/>.</typeparam>
internal sealed class TextFormJsonConverter<T> : JsonConverter<T>
    where T : class
{
    private static readonly Func<string, T> Parse = typeof(T) switch
    {
        var t when t == typeof(PartialDate) => text => (T)(object)PartialDate.Parse(text),
        var t when t == typeof(DateRange) => text => (T)(object)DateRange.Parse(text),
        var t when t == typeof(FiscalYear) => text => (T)(object)FiscalYear.Parse(text),
        _ => throw new NotSupportedException($"{typeof(T).Name} has no text form."),
    };

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}.");
        }

        try
        {
            return Parse(JsonText.TryGetString(ref reader) ?? throw new JsonException(JsonText.UnpairedSurrogate));
        }
        catch (FormatException e)
        {
            // JsonException from a converter gets the JSON path and line added by the serializer.
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
