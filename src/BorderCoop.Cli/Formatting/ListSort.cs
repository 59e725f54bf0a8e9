namespace BorderCoop.Cli.Formatting;

/// <summary>What <c>--sort</c> asks for: a column, by the name <c>--columns</c> takes, and whether descending.</summary>
/// <param name="Column">The column's name or header, as typed.</param>
/// <param name="Descending">Whether <c>:desc</c> was given.</param>
internal sealed record ListSort(string Column, bool Descending);
