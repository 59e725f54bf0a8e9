using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>Where a <see cref="CooperationProgram"/> stood as of its sources.</summary>
[JsonConverter(typeof(ExactEnumConverter<ProgramStatus>))]
public enum ProgramStatus
{
    /// <summary>The sources do not say.</summary>
    Unknown = 0,

    /// <summary>Proposed or under discussion.</summary>
    Proposed = 1,

    /// <summary>Decided but not yet running.</summary>
    Planned = 2,

    /// <summary>Running as of the sources.</summary>
    Active = 3,

    /// <summary>Ended as of the sources.</summary>
    Ended = 4,
}
