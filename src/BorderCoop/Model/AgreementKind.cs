using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>What legal or political form an <see cref="Agreement"/> takes.</summary>
[JsonConverter(typeof(ExactEnumConverter<AgreementKind>))]
public enum AgreementKind
{
    /// <summary>A treaty approved by the legislatures.</summary>
    Treaty = 0,

    /// <summary>A memorandum of understanding between governments or agencies.</summary>
    MemorandumOfUnderstanding = 1,

    /// <summary>Any other bilateral agreement.</summary>
    Agreement = 2,

    /// <summary>A joint declaration.</summary>
    Declaration = 3,

    /// <summary>A strategy adopted by both sides.</summary>
    Strategy = 4,

    /// <summary>Norms or rules issued by one side.</summary>
    Regulation = 5,

    /// <summary>A cooperation initiative, such as the Mérida Initiative.</summary>
    Initiative = 6,

    /// <summary>What both sides announce after a meeting.</summary>
    JointStatement = 7,
}
