namespace BorderCoop;

/// <summary>What a source says about one end of a <see cref="DateRange"/>.</summary>
public enum DateBoundKind
{
    /// <summary>The source gives a date for this end.</summary>
    Known = 0,

    /// <summary>The source does not say when this end is (written as an empty side: <c>2006-01/</c>).</summary>
    Unknown = 1,

    /// <summary>
    /// The range is open at this end: still running as of the source at the end (<c>2006-01/..</c>),
    /// or reaching back indefinitely at the start (<c>../1994</c>, "prior to 1994").
    /// </summary>
    Open = 2,
}
