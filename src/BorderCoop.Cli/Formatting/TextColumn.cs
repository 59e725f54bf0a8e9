namespace BorderCoop.Cli.Formatting;

/// <summary>A column of a <see cref="TextTable"/>: its header, what it holds, and the name <c>--columns</c> and <c>--sort</c> know it by.</summary>
/// <param name="Header">The header, as the table prints it (<c>In force</c>).</param>
/// <param name="Kind">What the cells hold: free text, ids, dates or quantities.</param>
internal sealed record TextColumn(string Header, CellKind Kind)
{
    /// <summary>
    /// The name options use: the header in lower case with spaces as hyphens (<c>in-force</c>, <c>matched-in</c>).
    /// </summary>
    public string Name => Header.Trim().ToLowerInvariant().Replace(' ', '-');

    /// <summary>Whether the cells' words are kept whole (ids, dates, quantities) rather than broken when too long.</summary>
    public bool KeepsWords => Kind != CellKind.Text;

    /// <summary>A column of free text.</summary>
    public static TextColumn Text(string header) => new(header, CellKind.Text);

    /// <summary>A column of record ids, kept whole (see <see cref="CellKind.Id"/>).</summary>
    public static TextColumn Id(string header) => new(header, CellKind.Id);

    /// <summary>A column of dates or periods (see <see cref="CellKind.Date"/>).</summary>
    public static TextColumn Date(string header) => new(header, CellKind.Date);

    /// <summary>A column of quantities (see <see cref="CellKind.Number"/>).</summary>
    public static TextColumn Number(string header) => new(header, CellKind.Number);

    /// <summary>Whether <paramref name="name"/> names this column: its <see cref="Name"/> or its header, in any case.</summary>
    public bool IsNamed(string name) =>
        string.Equals(name.Trim(), Name, StringComparison.OrdinalIgnoreCase) || string.Equals(name.Trim(), Header, StringComparison.OrdinalIgnoreCase);
}
