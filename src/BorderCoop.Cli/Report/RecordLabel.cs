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

    /// <summary>A direction between two countries in words for a headline: <c>Mexico → U.S.</c> (other countries by their code).</summary>
    public static string DirectionInWords(string from, string to) => $"{CountryName(from)} → {CountryName(to)}";

    /// <summary>The short English name of the two countries the data is about, or the code of any other.</summary>
    public static string CountryName(string code) => code switch
    {
        "MX" => "Mexico",
        "US" => "U.S.",
        _ => code,
    };
}
