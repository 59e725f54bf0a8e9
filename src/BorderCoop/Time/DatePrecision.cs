namespace BorderCoop;

/// <summary>How much of a <see cref="PartialDate"/> the source states.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known ("in 1989").</summary>
    Year = 0,

    /// <summary>The year and month are known ("in March, 1996").</summary>
    Month = 1,

    /// <summary>The full calendar date is known ("on January 14, 1996").</summary>
    Day = 2,
}
