using System.Globalization;
using System.Text.Json;

namespace BorderCoop;

/// <summary>Finds a value inside a JSON object by a relative path such as <c>roles[0].citations[1].source</c>.</summary>
internal static class JsonLocator
{
    /// <summary>The offset, within <paramref name="utf8Object"/>, of the value at <paramref name="relativePath"/>; 0 (the object) when it is not there.</summary>
    /// <param name="utf8Object">A complete, valid JSON object.</param>
    /// <param name="relativePath">Property names separated by dots, each optionally followed by <c>[index]</c> parts.</param>
    public static int Find(ReadOnlySpan<byte> utf8Object, string relativePath)
    {
        var reader = new Utf8JsonReader(utf8Object);
        reader.Read();
        foreach (var part in relativePath.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (!ToProperty(ref reader, bracket < 0 ? part : part[..bracket]))
            {
                return 0;
            }

            for (var at = bracket; at >= 0; at = part.IndexOf('[', at + 1))
            {
                var index = int.Parse(part.AsSpan(at + 1, part.IndexOf(']', at) - at - 1), CultureInfo.InvariantCulture);
                if (!ToItem(ref reader, index))
                {
                    return 0;
                }
            }
        }

        return (int)reader.TokenStartIndex;
    }

    /// <summary>Moves from an object's start to the value of its property <paramref name="name"/>.</summary>
    private static bool ToProperty(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(name);
            reader.Read();
            if (found)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    /// <summary>Moves from an array's start to its item <paramref name="index"/>.</summary>
    private static bool ToItem(ref Utf8JsonReader reader, int index)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            if (i == index)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }
}
