using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>Whom an <see cref="ExtraditionFigure"/> counts.</summary>
[JsonConverter(typeof(ExactEnumConverter<ExtraditionPopulation>))]
public enum ExtraditionPopulation
{
    /// <summary>The source does not say whether it counts everyone or only nationals.</summary>
    Unspecified = 0,

    /// <summary>All persons, whatever their nationality.</summary>
    AllPersons = 1,

    /// <summary>Only nationals of <see cref="ExtraditionFigure.Nationality"/>.</summary>
    Nationals = 2,
}
