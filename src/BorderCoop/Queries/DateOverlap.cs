using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>
/// How the days a record's date or period can cover lie against the period a question asks about, read over every
/// reading the sources allow (an unknown day, an approximate year, an open end).
/// </summary>
/// <remarks>The grade says how they lie; <see cref="DateCertainty"/> says whether the record surely touches the
/// period at all. A record <see cref="Outside"/> the period is never part of an answer.</remarks>
[JsonConverter(typeof(ExactEnumConverter<DateOverlap>))]
public enum DateOverlap
{
    /// <summary>The sources give no date of the kind asked about, so nothing can be said of the overlap.</summary>
    Unknown = 0,

    /// <summary>Every reading lies within the period (a count for 2009 answers a question about 2005–2010).</summary>
    Within = 1,

    /// <summary>Every reading covers the whole period, and may reach beyond it (a program running 1997–2010 and a question about 1998).</summary>
    Covers = 2,

    /// <summary>The readings overlap the period only in part, or only some readings touch it (a count for 2000–2003 and a question about 1995–2000).</summary>
    PartlyOverlaps = 3,

    /// <summary>No reading touches the period: the record cannot belong to the answer.</summary>
    Outside = 4,
}
