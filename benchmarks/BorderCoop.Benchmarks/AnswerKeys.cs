namespace BorderCoop.Benchmarks;

/// <summary>
/// The three answers to one question, each described as a list of keys (a record id, perhaps with its certainty), so
/// they can be compared whatever their types.
/// </summary>
/// <remarks>
/// The answers are compared as sets of keys, order aside: the library returns date-window answers in chronological
/// order (earliest start first) while a LINQ scan returns dataset order, and both orders are documented answers.
/// </remarks>
/// <param name="Linq">The keys of the LINQ answer.</param>
/// <param name="BorderCoop">The keys of the library's answer.</param>
/// <param name="Sqlite">The keys of the SQLite answer.</param>
internal sealed record AnswerKeys(IEnumerable<string> Linq, IEnumerable<string> BorderCoop, IEnumerable<string> Sqlite)
{
    /// <summary>Checks that the three answers hold the same keys (as many times each, in any order), and are not empty.</summary>
    /// <returns>How many keys each answer has.</returns>
    /// <exception cref="InvalidOperationException">The answers differ, or all are empty.</exception>
    public int Verify()
    {
        var linq = Sorted(Linq);
        Compare("BorderCoop", Sorted(BorderCoop), linq);
        Compare("Sqlite", Sorted(Sqlite), linq);
        if (linq.Count == 0)
        {
            throw new InvalidOperationException("The question has no answer on this dataset, so its benchmark would measure nothing; pick another question.");
        }

        return linq.Count;
    }

    private static List<string> Sorted(IEnumerable<string> keys) => [.. keys.Order(StringComparer.Ordinal)];

    private static void Compare(string name, List<string> keys, List<string> expected)
    {
        for (var i = 0; i < Math.Max(keys.Count, expected.Count); i++)
        {
            var found = i < keys.Count ? keys[i] : "(nothing)";
            var wanted = i < expected.Count ? expected[i] : "(nothing)";
            if (found != wanted)
            {
                throw new InvalidOperationException(
                    $"The {name} answer ({keys.Count} items) differs from the Linq answer ({expected.Count} items) at sorted item {i}: '{found}' instead of '{wanted}'.");
            }
        }
    }
}
