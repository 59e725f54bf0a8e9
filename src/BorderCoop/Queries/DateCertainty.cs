namespace BorderCoop;

/// <summary>How sure a date-based answer is, given the precision of the dates the sources give.</summary>
public enum DateCertainty
{
    /// <summary>The answer holds whatever the unknown day or month turns out to be.</summary>
    Certain = 0,

    /// <summary>The answer may hold: the dates are too coarse, approximate or missing to say (the reason says which).</summary>
    Uncertain = 1,
}
