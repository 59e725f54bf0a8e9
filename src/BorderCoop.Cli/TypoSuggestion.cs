namespace BorderCoop.Cli;

/// <summary>
/// The one name a mistyped word most likely meant (<c>timelin</c> → <c>timeline</c>, <c>--form</c> → <c>--from</c>),
/// or none when no name is close or two are equally close: a wrong guess is worse than no guess.
/// </summary>
/// <remarks>
/// Names are compared without their leading dashes and case. A name is close when it is within a few edits of the
/// word (the Damerau–Levenshtein distance, a swap of two neighbouring letters counting as one edit): one edit for a
/// word of up to four letters, two for a longer one. When no name is that close, a word that begins exactly one name
/// (<c>time</c> → <c>timeline</c>) is taken as an abbreviation of it.
/// </remarks>
internal static class TypoSuggestion
{
    /// <summary>The name in <paramref name="names"/> that <paramref name="word"/> most likely meant, or null.</summary>
    public static string? For(string word, IEnumerable<string> names)
    {
        var typed = Bare(word);
        if (typed.Length == 0)
        {
            return null;
        }

        var candidates = names.Distinct(StringComparer.Ordinal).ToList();
        var allowed = typed.Length <= 4 ? 1 : 2;
        var closest = candidates
            .Select(name => (Name: name, Distance: Distance(typed, Bare(name))))
            .Where(c => c.Distance <= allowed)
            .GroupBy(c => c.Distance)
            .OrderBy(g => g.Key)
            .FirstOrDefault()
            ?.ToList();
        if (closest is not null)
        {
            return closest.Count == 1 ? closest[0].Name : null;
        }

        var extended = candidates.Where(name => typed.Length >= 2 && Bare(name).StartsWith(typed, StringComparison.Ordinal)).ToList();
        return extended.Count == 1 ? extended[0] : null;
    }

    /// <summary>
    /// The number of edits (a letter inserted, deleted or replaced, or two neighbouring letters swapped) that turn
    /// <paramref name="a"/> into <paramref name="b"/>, no substring being edited twice (the optimal string alignment
    /// form of the Damerau–Levenshtein distance).
    /// </summary>
    public static int Distance(string a, string b)
    {
        // Three rows of the usual table: two before the current one, for swaps.
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }

    /// <summary>A name as compared: without leading dashes, in lower case.</summary>
    private static string Bare(string name) => name.TrimStart('-').ToLowerInvariant();
}
