using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>What kind of cooperation a <see cref="CooperationProgram"/> is.</summary>
[JsonConverter(typeof(ExactEnumConverter<ProgramKind>))]
public enum ProgramKind
{
    /// <summary>A unit of vetted officers working with a foreign agency.</summary>
    VettedUnit = 0,

    /// <summary>A multi-agency task force.</summary>
    TaskForce = 1,

    /// <summary>A standing intelligence center.</summary>
    IntelligenceCenter = 2,

    /// <summary>A fusion center or fusion cell where agencies share information.</summary>
    FusionCenter = 3,

    /// <summary>Patrols by officers of both countries.</summary>
    JointPatrol = 4,

    /// <summary>Agents of one country placed inside the other's units.</summary>
    EmbeddedAgents = 5,

    /// <summary>Operations that cross the border.</summary>
    CrossBorderOperation = 6,

    /// <summary>Drone or manned surveillance flights.</summary>
    AerialSurveillance = 7,

    /// <summary>Training, vetting or academy programs.</summary>
    Training = 8,

    /// <summary>A standing high-level group for dialogue.</summary>
    DialogueGroup = 9,

    /// <summary>A security deployment by one government.</summary>
    SecurityOperation = 10,
}
