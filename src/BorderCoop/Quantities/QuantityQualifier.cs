using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>How a source bounds a number: exactly, at least, more than, about, or up to.</summary>
[JsonConverter(typeof(ExactEnumConverter<QuantityQualifier>))]
public enum QuantityQualifier
{
    /// <summary>The number is stated as exact ("a total of sixty one persons").</summary>
    Exact = 0,

    /// <summary>The true value is the number or more ("at least 136").</summary>
    AtLeast = 1,

    /// <summary>The true value is strictly greater than the number ("more than 2,600").</summary>
    MoreThan = 2,

    /// <summary>The true value is near the number, with no stated bound ("around 70").</summary>
    About = 3,

    /// <summary>The true value is the number or less ("up to September 2010, 58").</summary>
    UpTo = 4,
}
