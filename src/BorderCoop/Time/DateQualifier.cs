using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>
/// Whether a <see cref="PartialDate"/> is the date itself or only a bound on it, as a source states it: "in January
/// 2007", "by January 2007", "since FY2003".
/// </summary>
/// <remarks>A bound is stored as the bound the source gives, never as a guess at the date: a question wholly on the
/// other side of the bound leaves the record out; one that overlaps the bound lists it as uncertain.</remarks>
[JsonConverter(typeof(ExactEnumConverter<DateQualifier>))]
public enum DateQualifier
{
    /// <summary>The date is the one given, at its precision ("January 2007"): EDTF <c>2007-01</c>.</summary>
    Exact = 0,

    /// <summary>The date is on or before the one given ("by January 2007"), with no earliest day: EDTF <c>[..2007-01]</c>.</summary>
    OnOrBefore = 1,

    /// <summary>The date is on or after the one given ("since 2003", "no earlier than 2003"), with no latest day: EDTF <c>[2003..]</c>.</summary>
    OnOrAfter = 2,
}
