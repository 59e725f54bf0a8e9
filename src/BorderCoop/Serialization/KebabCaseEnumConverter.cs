using System.Text.Json;
using System.Text.Json.Serialization;

namespace BorderCoop.Serialization;

/// <summary>Writes and reads an enum as its kebab-case name (<c>AtLeast</c> as <c>at-least</c>); numbers are rejected.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class KebabCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public KebabCaseEnumConverter()
        : base(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    {
    }
}
