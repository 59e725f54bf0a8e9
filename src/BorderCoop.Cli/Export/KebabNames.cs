namespace BorderCoop.Cli.Export;

/// <summary>
/// The kebab-case names of an enumeration's members, exactly as the JSON data files write them (<c>at-least</c>,
/// <c>granted-then-annulled</c>), computed once per enumeration.
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal static class KebabNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToDictionary(v => v, v => Display.Name(v));

    /// <summary>Every member's name, in declaration order: the values a column of this enumeration can hold.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<TEnum>().Select(v => Names[v])];

    /// <summary>The name of <paramref name="value"/>.</summary>
    /// <exception cref="KeyNotFoundException"><paramref name="value"/> is not a defined member (records never hold one).</exception>
    public static string Of(TEnum value) => Names[value];
}
