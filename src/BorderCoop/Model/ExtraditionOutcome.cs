using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>How an <see cref="ExtraditionCase"/> ended, as of its sources.</summary>
[JsonConverter(typeof(ExactEnumConverter<ExtraditionOutcome>))]
public enum ExtraditionOutcome
{
    /// <summary>The sources do not say.</summary>
    Unknown = 0,

    /// <summary>Requested; no decision reported.</summary>
    Requested = 1,

    /// <summary>Pending a decision.</summary>
    Pending = 2,

    /// <summary>Denied.</summary>
    Denied = 3,

    /// <summary>Granted, then annulled by a court.</summary>
    GrantedThenAnnulled = 4,

    /// <summary>The person was handed over.</summary>
    Surrendered = 5,
}
