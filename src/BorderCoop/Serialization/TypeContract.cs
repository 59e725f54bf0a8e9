using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BorderCoop.Serialization;

/// <summary>
/// What the JSON of one type must look like, read from its source-generated metadata: its shape, its properties
/// (with the required ones), its list element, its enum values. The loader checks data against it before
/// deserializing, so that every problem can be reported with its own path and line.
/// </summary>
/// <remarks>
/// Built once per type and cached. Only the metadata of <see cref="BorderCoopJson.Options"/> is read: no type is
/// ever named by the data, so nothing outside the contract can be instantiated.
/// </remarks>
internal sealed class TypeContract
{
    private static readonly ConcurrentDictionary<Type, TypeContract> Cache = new();

    private static readonly HashSet<Type> NumberTypes =
    [
        typeof(decimal), typeof(double), typeof(float), typeof(int), typeof(long), typeof(short), typeof(byte),
        typeof(uint), typeof(ulong), typeof(ushort), typeof(sbyte),
    ];

    private TypeContract(JsonTypeInfo info)
    {
        Info = info;
        var underlying = Nullable.GetUnderlyingType(info.Type);
        var type = underlying ?? info.Type;
        Name = type.IsGenericType ? "list" : type.Name;
        Shape = info.Kind switch
        {
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => JsonShape.Object,
            JsonTypeInfoKind.Enumerable => JsonShape.Array,
            _ when NumberTypes.Contains(type) => JsonShape.Number,
            _ when type == typeof(bool) => JsonShape.Boolean,
            _ => JsonShape.String, // strings, enums and the text forms (dates, periods, fiscal years)
        };

        EnumValues = type.IsEnum ? EnumNames.Of(type) : null;
        Properties = info.Kind == JsonTypeInfoKind.Object ? [.. info.Properties.Select(p => new PropertyContract(p))] : [];
    }

    /// <summary>The source-generated metadata.</summary>
    public JsonTypeInfo Info { get; }

    /// <summary>A short name for messages: the type name, or "list".</summary>
    public string Name { get; }

    /// <summary>The JSON shape of the value.</summary>
    public JsonShape Shape { get; }

    /// <summary>The JSON names of the enum's values, or null for other types.</summary>
    public IReadOnlyList<string>? EnumValues { get; }

    /// <summary>The properties of an object, in declaration order; empty for other shapes.</summary>
    public IReadOnlyList<PropertyContract> Properties { get; }

    /// <summary>The contract of a list's items.</summary>
    public TypeContract Element => For(Info.Options.GetTypeInfo(ElementType(Info)));

    /// <summary>The contract of the type that <paramref name="info"/> describes.</summary>
    public static TypeContract For(JsonTypeInfo info) => Cache.GetOrAdd(info.Type, static (_, i) => new TypeContract(i), info); // no closure: called per record loaded

    /// <summary>The index of the property the reader's current property name names, or -1.</summary>
    public int IndexOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < Properties.Count; i++)
        {
            if (reader.ValueTextEquals(Properties[i].Utf8Name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the property bound to the constructor parameter <paramref name="parameterName"/>, or -1.</summary>
    public int IndexOfParameter(string? parameterName)
    {
        for (var i = 0; i < Properties.Count; i++)
        {
            if (Properties[i].ParameterName is { } name && name == parameterName)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The shape as a phrase for messages: "an object", "a string".</summary>
    public static string Describe(JsonShape shape) => shape switch
    {
        JsonShape.Object => "an object",
        JsonShape.Array => "an array",
        JsonShape.Number => "a number",
        JsonShape.Boolean => "true or false",
        _ => "a string",
    };

    /// <summary>Whether a token can start a value of <paramref name="shape"/>.</summary>
    public static bool Fits(JsonShape shape, JsonTokenType token) => shape switch
    {
        JsonShape.Object => token == JsonTokenType.StartObject,
        JsonShape.Array => token == JsonTokenType.StartArray,
        JsonShape.Number => token == JsonTokenType.Number,
        JsonShape.Boolean => token is JsonTokenType.True or JsonTokenType.False,
        _ => token == JsonTokenType.String,
    };

    private static Type ElementType(JsonTypeInfo info) =>
#if NET9_0_OR_GREATER
        info.ElementType ?? throw new InvalidOperationException($"{info.Type} is not a list.");
#else
        info.Type.IsArray ? info.Type.GetElementType()! : info.Type.GetGenericArguments()[^1];
#endif
}
