using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>The legal route by which a person was sent (or was to be sent) to another country.</summary>
[JsonConverter(typeof(ExactEnumConverter<ExtraditionMechanism>))]
public enum ExtraditionMechanism
{
    /// <summary>Extradition under a treaty, at the request of the other country.</summary>
    Extradition = 0,

    /// <summary>Expulsion of a foreigner, under article 33 of the Mexican Constitution.</summary>
    Expulsion = 1,

    /// <summary>Deportation under immigration law.</summary>
    Deportation = 2,
}
