namespace BorderCoop.Benchmarks;

/// <summary>
/// The four answers to one question, each described as a list of keys (a record id, perhaps with its certainty), so
/// they can be compared whatever their types.
/// </summary>
/// <remarks>
/// The answers are compared as sets of keys, order aside, unless <see cref="InOrder"/> is set: then the order is part
/// of the answer and must be the same in all four (the date questions, whose answers come in time order).
/// </remarks>
/// <param name="Linq">The keys of the LINQ answer.</param>
/// <param name="BorderCoop">The keys of the library's answer.</param>
/// <param name="Sqlite">The keys of the SQLite answer.</param>
/// <param name="DuckDb">The keys of the DuckDB answer.</param>
internal sealed record AnswerKeys(IEnumerable<string> Linq, IEnumerable<string> BorderCoop, IEnumerable<string> Sqlite, IEnumerable<string> DuckDb)
{
    /// <summary>Whether the four answers must also give their keys in the same order.</summary>
    public bool InOrder { get; init; }

    /// <summary>
    /// Checks that the four answers hold the same keys (as many times each, in any order, or in the same order when
    /// <see cref="InOrder"/>), and are not empty.
    /// </summary>
    /// <returns>How many keys each answer has.</returns>
    /// <exception cref="InvalidOperationException">The answers differ, or all are empty.</exception>
    public int Verify()
    {
        var linq = InOrder ? [.. Linq] : Sorted(Linq);
        Compare("BorderCoop", InOrder ? [.. BorderCoop] : Sorted(BorderCoop), linq);
        Compare("Sqlite", InOrder ? [.. Sqlite] : Sorted(Sqlite), linq);
        Compare("DuckDb", InOrder ? [.. DuckDb] : Sorted(DuckDb), linq);
        if (linq.Count == 0)
        {
            throw new InvalidOperationException("The question has no answer on this dataset, so its benchmark would measure nothing; pick another question.");
        }

        return linq.Count;
    }

    private static List<string> Sorted(IEnumerable<string> keys) => [.. keys.Order(StringComparer.Ordinal)];

    private void Compare(string name, List<string> keys, List<string> expected)
    {
        var at = InOrder ? "item" : "sorted item";
        for (var i = 0; i < Math.Max(keys.Count, expected.Count); i++)
        {
            var found = i < keys.Count ? keys[i] : "(nothing)";
            var wanted = i < expected.Count ? expected[i] : "(nothing)";
            if (found != wanted)
            {
                throw new InvalidOperationException(
                    $"The {name} answer ({keys.Count} items) differs from the Linq answer ({expected.Count} items) at {at} {i}: '{found}' instead of '{wanted}'.");
            }
        }
    }
}
