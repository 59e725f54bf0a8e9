namespace BorderCoop.Cli.Formatting;

/// <summary>What a column of a <see cref="TextTable"/> holds: how its cells may be wrapped and how <c>--sort</c> orders them.</summary>
internal enum CellKind
{
    /// <summary>Free text (a title, a description, a kind): word-wrapped, a word longer than the column broken; sorted alphabetically, numbers in it by value.</summary>
    Text,

    /// <summary>
    /// A record id, or a list of them (<c>agency/us-dea, agency/mx-pgr</c>): kept whole, so it can be copied; a list is
    /// broken only between its ids. Sorted alphabetically.
    /// </summary>
    Id,

    /// <summary>A date or period as the tool prints it (<c>c. 1996-01</c>, <c>2000 – 2007</c>, <c>FY2011</c>): words kept whole; sorted by its first date.</summary>
    Date,

    /// <summary>A quantity (<c>USD 20,000,000</c>, <c>at least 136 persons</c>, a score): words kept whole; sorted by its first number.</summary>
    Number,
}
