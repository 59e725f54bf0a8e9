namespace BorderCoop;

/// <summary>
/// Folds the singular and plural of an English or Spanish word to one search key: "extraditions" and "extradition",
/// "agencies" and "agency", "units" and "unit", "operaciones" and "operación", "leyes" and "ley" meet.
/// </summary>
/// <remarks>
/// <para>The key is for matching only, not a word to show: "rules" and "rule" both give "rul". It is applied to a word
/// already folded by <see cref="TextKey"/> (lower case, no accents), in this order:</para>
/// <list type="number">
/// <item><description>A word of three letters or fewer, or with a character other than a letter, is kept ("dea", "us", "fy2011", "1990s").</description></item>
/// <item><description>"-ies" after two letters or more becomes "-y" ("agencies" → "agency").</description></item>
/// <item><description>Otherwise a final "s" is dropped, but not from "-ss", "-us" or "-is" ("cross", "status", "analysis", "pais").</description></item>
/// <item><description>Then a final "e" is dropped from a word of four letters or more ("matches" → "matche" → "match"; "match" stays), so
/// English "-es" and Spanish "-es" plurals ("nacionales", "paises") meet their singulars.</description></item>
/// </list>
/// <para>Irregular plurals ("people", "crises") and Spanish "-z"/"-ces" ("vez", "veces") do not meet; "news" meets "new".</para>
/// </remarks>
internal static class WordStem
{
    private const int ShortestStemmed = 4;

    /// <summary>The search key of a folded <paramref name="word"/>.</summary>
    public static string Of(string word)
    {
        if (word.Length < ShortestStemmed || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        var stem = word.AsSpan();
        if (stem.EndsWith("ies") && stem.Length > 4)
        {
            return string.Concat(stem[..^3], "y");
        }

        if (stem[^1] == 's' && !stem.EndsWith("ss") && !stem.EndsWith("us") && !stem.EndsWith("is"))
        {
            stem = stem[..^1];
        }

        if (stem[^1] == 'e' && stem.Length >= ShortestStemmed)
        {
            stem = stem[..^1];
        }

        return stem.Length == word.Length ? word : stem.ToString();
    }
}
