using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>What kind of document a <see cref="Source"/> is.</summary>
[JsonConverter(typeof(ExactEnumConverter<SourceKind>))]
public enum SourceKind
{
    /// <summary>A news report by a news organisation.</summary>
    NewsReport = 0,

    /// <summary>Commentary, analysis or a blog post.</summary>
    Analysis = 1,

    /// <summary>An academic or policy paper.</summary>
    AcademicPaper = 2,
}
