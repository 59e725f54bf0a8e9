using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>What an <see cref="ExtraditionFigure"/> measures.</summary>
[JsonConverter(typeof(ExactEnumConverter<ExtraditionMeasure>))]
public enum ExtraditionMeasure
{
    /// <summary>The number of persons extradited in the period.</summary>
    Total = 0,

    /// <summary>The average number per year over the period.</summary>
    AnnualAverage = 1,

    /// <summary>The number of requests denied.</summary>
    Denied = 2,

    /// <summary>The number of requests pending.</summary>
    Pending = 3,
}
