namespace BorderCoop.Cli.Report;

/// <summary>Enum values in words for readers: <c>GrantedThenAnnulled</c> is written <c>granted then annulled</c>.</summary>
internal static class EnumText
{
    /// <summary>The value's name in lower case, words separated by spaces (the data files' kebab-case name without the hyphens).</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        CliOptions.KebabName(value).Replace('-', ' ');

    /// <summary>The value's name as in the data files, for CSS classes and data attributes: <c>granted-then-annulled</c>.</summary>
    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        CliOptions.KebabName(value);
}
