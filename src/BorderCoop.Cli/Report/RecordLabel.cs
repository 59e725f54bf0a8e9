namespace BorderCoop.Cli.Report;

/// <summary>Short names for crowded charts (the full label of a record is <see cref="Display.Label"/>).</summary>
internal static class RecordLabel
{
    /// <summary>The short name of an agency for a crowded chart: its first English acronym, else its first Spanish one, else its English name.</summary>
    public static string ShortName(Agency agency) =>
        agency.EnglishAcronyms.Count > 0 ? agency.EnglishAcronyms[0]
        : agency.SpanishAcronyms.Count > 0 ? agency.SpanishAcronyms[0]
        : agency.EnglishName;

    /// <summary>A direction between two countries: <c>MX→US</c>.</summary>
    public static string Direction(string from, string to) => $"{from}→{to}";
}
