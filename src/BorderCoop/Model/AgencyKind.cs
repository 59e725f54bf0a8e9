using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>What an <see cref="Agency"/> does.</summary>
[JsonConverter(typeof(ExactEnumConverter<AgencyKind>))]
public enum AgencyKind
{
    /// <summary>A police, investigative or prosecuting body.</summary>
    LawEnforcement = 0,

    /// <summary>An intelligence service or analysis center.</summary>
    Intelligence = 1,

    /// <summary>An armed force or defense ministry.</summary>
    Military = 2,

    /// <summary>A cabinet department or ministry and its bureaus.</summary>
    Ministry = 3,

    /// <summary>A court.</summary>
    Judiciary = 4,

    /// <summary>A legislature or one of its committees.</summary>
    Legislature = 5,

    /// <summary>An auditor or inspector general.</summary>
    Oversight = 6,

    /// <summary>A head-of-government office or policy office.</summary>
    Executive = 7,

    /// <summary>An embassy or consulate.</summary>
    Diplomatic = 8,

    /// <summary>A fire or rescue service.</summary>
    EmergencyServices = 9,

    /// <summary>An international organisation.</summary>
    International = 10,
}
