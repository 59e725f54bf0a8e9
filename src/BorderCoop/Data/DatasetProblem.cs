namespace BorderCoop;

/// <summary>One thing wrong with a dataset: where it is and what is wrong.</summary>
/// <remarks>Two problems are equal when location and message are equal.</remarks>
public sealed record DatasetProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="location">Where: the file or resource, the record id or index, and the JSON path or field when known.</param>
    /// <param name="message">What is wrong, specifically.</param>
    /// <exception cref="ArgumentException">An argument is empty or blank.</exception>
    public DatasetProblem(string location, string message)
    {
        Location = Guard.Text(location, nameof(location));
        Message = Guard.Text(message, nameof(message));
    }

    /// <summary>Where the problem is, such as <c>agreements.json [3] agreement/x: relations[0].target</c>.</summary>
    public string Location { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>The location and the message.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Location}: {Message}";
}
