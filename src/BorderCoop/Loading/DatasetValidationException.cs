namespace BorderCoop;

/// <summary>
/// Thrown when a dataset cannot be loaded because its data is malformed or inconsistent. It lists every
/// problem found, not just the first; when it is thrown, nothing of that data has been loaded.
/// </summary>
/// <remarks>
/// <see cref="Exception.Message"/> lists the first 20 problems one a line (<see cref="DatasetProblem.ToString"/>). It is
/// safe to print to a terminal or a log: text quoted from the data has its control characters, line breaks and
/// bidirectional controls written as <c>\uXXXX</c>, so no file can add a line of its own to the list or act on the terminal.
/// </remarks>
public sealed class DatasetValidationException : Exception
{
    /// <summary>Creates the exception with its problems.</summary>
    /// <param name="problems">At least one problem.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public DatasetValidationException(IEnumerable<DatasetProblem> problems)
        : this(ValueList<DatasetProblem>.From(problems))
    {
    }

    private DatasetValidationException(ValueList<DatasetProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<DatasetProblem> Problems { get; }

    private static string Describe(ValueList<DatasetProblem> problems)
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is needed.", nameof(problems));
        }

        var lines = problems.Take(20).Select(p => "  " + p);
        var more = problems.Count > 20 ? $"{Environment.NewLine}  … and {problems.Count - 20} more" : string.Empty;
        return $"The dataset has {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
