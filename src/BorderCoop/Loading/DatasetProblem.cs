namespace BorderCoop;

/// <summary>One thing wrong with a dataset: where it is and what is wrong.</summary>
/// <remarks>
/// <para>A problem found while reading JSON knows its <see cref="File"/>, its <see cref="Line"/> and its
/// <see cref="JsonPath"/>, and <see cref="Location"/> puts them together as <c>my-cases.json:14
/// $.extraditionCases[1].surrendered (extradition-case/x)</c>, a form editors and terminals can jump to.
/// A problem in records built in code has only a free-form location, such as <c>agreement/x: signatories[0]</c>.</para>
/// <para>Text from the data (a property name, a value, a file name) is quoted in <see cref="Location"/> and
/// <see cref="Message"/> with every control character, tab and line break included, and every bidirectional control
/// written as <c>\uXXXX</c> (see <see cref="Display.Visible"/>): a problem always prints on one line, and nothing in a
/// file can colour a terminal or forge a problem of its own. <see cref="File"/>, <see cref="JsonPath"/> and
/// <see cref="RecordId"/> are kept verbatim, for programs; print <see cref="Location"/> or <see cref="ToString"/>.</para>
/// <para>Two problems are equal when all their properties are equal.</para>
/// </remarks>
public sealed record DatasetProblem
{
    /// <summary>Creates a problem with a free-form location and no file position, as for records built in code.</summary>
    /// <param name="location">Where: the record id and the field when known.</param>
    /// <param name="message">What is wrong, specifically.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or blank.</exception>
    public DatasetProblem(string location, string message)
    {
        Location = Display.Visible(Guard.NotBlank(location, nameof(location)));
        Message = Display.Visible(Guard.NotBlank(message, nameof(message)));
    }

    /// <summary>Creates a problem found in a file (or stream), located by line and JSON path.</summary>
    /// <param name="file">The file path or the name the caller gave the input.</param>
    /// <param name="line">The 1-based line in the file where the offending value starts, or null when the problem is the whole input (such as its size).</param>
    /// <param name="jsonPath">The JSON path of the offending value, such as <c>$.budgetLines[0].amount.currency</c>, or null when the input could not be parsed that far.</param>
    /// <param name="recordId">The id of the record the value belongs to, when the record states a readable id.</param>
    /// <param name="message">What is wrong, specifically.</param>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="file"/> or <paramref name="message"/> is empty or blank, or another text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public DatasetProblem(string file, int? line, string? jsonPath, string? recordId, string message)
    {
        File = Guard.NotBlank(file, nameof(file));
        if (line is { } value)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(line));
        }

        Line = line;
        JsonPath = jsonPath is null ? null : Guard.NotBlank(jsonPath, nameof(jsonPath));
        RecordId = recordId is null ? null : Guard.NotBlank(recordId, nameof(recordId));
        Message = Display.Visible(Guard.NotBlank(message, nameof(message)));
        Location = Display.Visible((line is null ? file : $"{file}:{line}")
            + (jsonPath is null ? string.Empty : " " + jsonPath)
            + (recordId is null ? string.Empty : $" ({recordId})"));
    }

    /// <summary>
    /// Where the problem is, readable on its own: <c>file:line $.path (record id)</c> for problems in a file,
    /// such as <c>budget-lines.json:12 $[0].amount.amount (budget-line/x)</c>; a free-form place otherwise.
    /// Safe to print: control characters and bidirectional controls are written as <c>\uXXXX</c>.
    /// </summary>
    public string Location { get; }

    /// <summary>The file path or input name the problem is in, verbatim, or <see langword="null"/> for records built in code.</summary>
    public string? File { get; }

    /// <summary>The 1-based line where the offending value starts, or <see langword="null"/> when unknown or not applicable.</summary>
    public int? Line { get; }

    /// <summary>
    /// The JSON path of the offending value from the root of its file, such as <c>$.extraditionCases[2].citations[0].quote</c>
    /// (or <c>$[2]…</c> in a one-family file), or <see langword="null"/> when unknown.
    /// </summary>
    public string? JsonPath { get; }

    /// <summary>The id of the record the problem is in, when the record states a readable id; otherwise <see langword="null"/>.</summary>
    public string? RecordId { get; }

    /// <summary>What is wrong; text it quotes from the data has its control characters and bidirectional controls written as <c>\uXXXX</c>.</summary>
    public string Message { get; }

    /// <summary>The location and the message.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Location}: {Message}";
}
