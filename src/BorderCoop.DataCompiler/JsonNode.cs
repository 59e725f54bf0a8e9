using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace BorderCoop.DataCompiler;

/// <summary>What a JSON value is.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// One value of a parsed JSON file, with where it starts, so that the generator can point a build error at the
/// value it cannot compile.
/// </summary>
/// <remarks>
/// The generator runs inside the compiler (netstandard2.0), where System.Text.Json is not ours to load, so it reads the
/// curated files with its own small reader (<see cref="JsonReader"/>). Numbers keep their text, to become C# literals
/// with the same digits and scale.
/// </remarks>
internal sealed class JsonNode
{
    private JsonNode(JsonKind kind, TextSpan span, LinePositionSpan lines)
    {
        Kind = kind;
        Span = span;
        Lines = lines;
    }

    /// <summary>What the value is.</summary>
    public JsonKind Kind { get; }

    /// <summary>Where the value is in its file, as characters.</summary>
    public TextSpan Span { get; }

    /// <summary>Where the value is in its file, as lines and columns.</summary>
    public LinePositionSpan Lines { get; }

    /// <summary>The text of a string, or the digits of a number as written.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The items of an array.</summary>
    public IReadOnlyList<JsonNode> Items { get; private set; } = [];

    /// <summary>The properties of an object, in file order; names are unique (the reader refuses repeats).</summary>
    public IReadOnlyList<KeyValuePair<string, JsonNode>> Properties { get; private set; } = [];

    /// <summary>The kind in words, for messages.</summary>
    public string Description => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Null => "null",
        _ => "a boolean",
    };

    public static JsonNode Scalar(JsonKind kind, string text, TextSpan span, LinePositionSpan lines) =>
        new(kind, span, lines) { Text = text };

    public static JsonNode Array(IReadOnlyList<JsonNode> items, TextSpan span, LinePositionSpan lines) =>
        new(JsonKind.Array, span, lines) { Items = items };

    public static JsonNode Object(IReadOnlyList<KeyValuePair<string, JsonNode>> properties, TextSpan span, LinePositionSpan lines) =>
        new(JsonKind.Object, span, lines) { Properties = properties };
}
