using System.Text.Json;

namespace BorderCoop.Serialization;

/// <summary>
/// How every enum of the data contract is spelled in JSON: each value's name in lower kebab case
/// (<see cref="QuantityQualifier.AtLeast"/> as <c>at-least</c>), and nothing else.
/// </summary>
/// <remarks>The converter, the loader's messages and the JSON Schema all take the names from here.</remarks>
internal static class EnumNames
{
    /// <summary>The JSON names of <paramref name="enumType"/>'s values, in declaration order.</summary>
    public static IReadOnlyList<string> Of(Type enumType) =>
        [.. Enum.GetNames(enumType).Select(JsonNamingPolicy.KebabCaseLower.ConvertName)];

    /// <summary>The JSON name of <paramref name="value"/>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
