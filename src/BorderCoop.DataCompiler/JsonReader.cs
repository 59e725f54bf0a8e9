using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace BorderCoop.DataCompiler;

/// <summary>The reason a file is not the JSON the reader accepts, and where.</summary>
internal sealed class JsonSyntaxException(string message, TextSpan span) : Exception(message)
{
    /// <summary>Where the problem is, as characters.</summary>
    public TextSpan Span { get; } = span;
}

/// <summary>
/// Reads RFC 8259 JSON into <see cref="JsonNode"/> values, as strictly as the library's loader: no comments, no
/// trailing commas, no repeated property names, nothing after the value.
/// </summary>
internal sealed class JsonReader
{
    private readonly SourceText text;
    private readonly string chars;
    private int position;

    private JsonReader(SourceText text)
    {
        this.text = text;
        chars = text.ToString();
    }

    /// <summary>Parses the whole of <paramref name="text"/> as one JSON value.</summary>
    /// <exception cref="JsonSyntaxException">The text is not JSON, or repeats a property name.</exception>
    public static JsonNode Parse(SourceText text)
    {
        var reader = new JsonReader(text);
        reader.SkipWhiteSpace();
        var value = reader.ReadValue(depth: 0);
        reader.SkipWhiteSpace();
        if (reader.position < reader.chars.Length)
        {
            throw reader.Problem("there is more after the JSON value");
        }

        return value;
    }

    private JsonNode ReadValue(int depth)
    {
        if (depth > 64)
        {
            throw Problem("the JSON nests more than 64 levels");
        }

        if (position >= chars.Length)
        {
            throw Problem("the file ends where a value was expected");
        }

        var start = position;
        switch (chars[position])
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                var value = ReadString();
                return JsonNode.Scalar(JsonKind.String, value, Span(start), Lines(start));
            case 't':
                ReadWord("true");
                return JsonNode.Scalar(JsonKind.True, "true", Span(start), Lines(start));
            case 'f':
                ReadWord("false");
                return JsonNode.Scalar(JsonKind.False, "false", Span(start), Lines(start));
            case 'n':
                ReadWord("null");
                return JsonNode.Scalar(JsonKind.Null, "null", Span(start), Lines(start));
            default:
                return ReadNumber();
        }
    }

    private JsonNode ReadObject(int depth)
    {
        var start = position++;
        var properties = new List<KeyValuePair<string, JsonNode>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        SkipWhiteSpace();
        if (Peek() == '}')
        {
            position++;
            return JsonNode.Object(properties, Span(start), Lines(start));
        }

        while (true)
        {
            SkipWhiteSpace();
            if (Peek() != '"')
            {
                throw Problem("a property name was expected");
            }

            var nameStart = position;
            var name = ReadString();
            if (!names.Add(name))
            {
                throw new JsonSyntaxException($"the property '{name}' is repeated", Span(nameStart));
            }

            SkipWhiteSpace();
            Expect(':');
            SkipWhiteSpace();
            properties.Add(new KeyValuePair<string, JsonNode>(name, ReadValue(depth + 1)));
            SkipWhiteSpace();
            if (Peek() == ',')
            {
                position++;
                continue;
            }

            Expect('}');
            return JsonNode.Object(properties, Span(start), Lines(start));
        }
    }

    private JsonNode ReadArray(int depth)
    {
        var start = position++;
        var items = new List<JsonNode>();
        SkipWhiteSpace();
        if (Peek() == ']')
        {
            position++;
            return JsonNode.Array(items, Span(start), Lines(start));
        }

        while (true)
        {
            SkipWhiteSpace();
            items.Add(ReadValue(depth + 1));
            SkipWhiteSpace();
            if (Peek() == ',')
            {
                position++;
                continue;
            }

            Expect(']');
            return JsonNode.Array(items, Span(start), Lines(start));
        }
    }

    private string ReadString()
    {
        Expect('"');
        var builder = new StringBuilder();
        while (true)
        {
            if (position >= chars.Length)
            {
                throw Problem("the file ends inside a string");
            }

            var c = chars[position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw Problem("a control character must be escaped inside a string");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = position < chars.Length ? chars[position++] : '\0';
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (position + 4 > chars.Length
                        || !int.TryParse(chars.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Problem("\\u must be followed by four hexadecimal digits");
                    }

                    builder.Append((char)code);
                    position += 4;
                    break;
                default:
                    throw Problem("unknown escape in a string");
            }
        }
    }

    private JsonNode ReadNumber()
    {
        var start = position;
        if (Peek() == '-')
        {
            position++;
        }

        if (Peek() == '0')
        {
            position++;
        }
        else if (!ReadDigits())
        {
            throw Problem("a value was expected");
        }

        if (Peek() == '.')
        {
            position++;
            if (!ReadDigits())
            {
                throw Problem("digits must follow the decimal point");
            }
        }

        if (Peek() is 'e' or 'E')
        {
            position++;
            if (Peek() is '+' or '-')
            {
                position++;
            }

            if (!ReadDigits())
            {
                throw Problem("digits must follow the exponent");
            }
        }

        return JsonNode.Scalar(JsonKind.Number, chars.Substring(start, position - start), Span(start), Lines(start));
    }

    private bool ReadDigits()
    {
        var start = position;
        while (Peek() is >= '0' and <= '9')
        {
            position++;
        }

        return position > start;
    }

    private void ReadWord(string word)
    {
        if (string.CompareOrdinal(chars, position, word, 0, word.Length) != 0)
        {
            throw Problem("a value was expected");
        }

        position += word.Length;
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Problem($"'{c}' was expected");
        }

        position++;
    }

    private char Peek() => position < chars.Length ? chars[position] : '\0';

    private void SkipWhiteSpace()
    {
        while (Peek() is ' ' or '\t' or '\n' or '\r')
        {
            position++;
        }
    }

    private TextSpan Span(int start) => TextSpan.FromBounds(start, Math.Max(position, start));

    private LinePositionSpan Lines(int start) => text.Lines.GetLinePositionSpan(Span(start));

    private JsonSyntaxException Problem(string message) => new(message, new TextSpan(Math.Min(position, chars.Length), 0));
}
