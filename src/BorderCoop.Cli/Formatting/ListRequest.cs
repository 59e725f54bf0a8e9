namespace BorderCoop.Cli.Formatting;

/// <summary>How a command line asks for a list to be written (see <see cref="ListOptions"/>).</summary>
/// <param name="Format">One of <see cref="Answer.Formats"/>.</param>
/// <param name="Sort">The column to sort by, or null for the command's own order.</param>
/// <param name="Limit">The most rows to write, or null for all.</param>
/// <param name="Columns">The columns to write, by name, in order; null for all.</param>
internal sealed record ListRequest(string Format, ListSort? Sort, int? Limit, IReadOnlyList<string>? Columns)
{
    /// <summary>Whether the answer is written as a table for people (<c>text</c>), the only format notes are added to.</summary>
    public bool IsText => Format == "text";

    /// <summary>Whether the answer is written as a table (<c>text</c>, <c>csv</c> or <c>tsv</c>) rather than as whole records.</summary>
    public bool IsTable => Format != "json";
}
