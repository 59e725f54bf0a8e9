using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BorderCoop.Serialization;

/// <summary>
/// Reads and writes an enum as exactly one of its documented names (see <see cref="EnumNames"/>): no other case, no
/// padding, no numbers, and no comma-separated combinations (which <see cref="JsonStringEnumConverter"/> would read as
/// flags, storing <c>"requested, pending"</c> as a third value).
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class ExactEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    private static readonly byte[][] Utf8Names = [.. EnumNames.Of(typeof(TEnum)).Select(Encoding.UTF8.GetBytes)];

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var index = IndexOf(ref reader);
            if (index >= 0)
            {
                return Values[index];
            }
        }

        throw new JsonException($"Expected one of: {string.Join(", ", EnumNames.Of(typeof(TEnum)))}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        var index = Array.IndexOf(Values, value);
        if (index < 0)
        {
            throw new JsonException($"{value} is not a defined {typeof(TEnum).Name}.");
        }

        writer.WriteStringValue(Utf8Names[index]);
    }

    /// <summary>The index of the name the reader's string is, or -1; an escaped name (<c>"\u0061bout"</c>) is compared unescaped.</summary>
    private static int IndexOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            return JsonText.TryGetString(ref reader) is { } text ? Array.FindIndex(Utf8Names, name => Encoding.UTF8.GetString(name) == text) : -1;
        }

        for (var i = 0; i < Utf8Names.Length; i++)
        {
            if (reader.ValueSpan.SequenceEqual(Utf8Names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
