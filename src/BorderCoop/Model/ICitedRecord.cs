namespace BorderCoop;

/// <summary>A record whose statements are backed by verbatim quotes from the sources.</summary>
public interface ICitedRecord : IRecord
{
    /// <summary>
    /// The quotes that back the record. Claim records have at least one; together the quotes support every
    /// value the record states.
    /// </summary>
    IReadOnlyList<Citation> Citations { get; }
}
