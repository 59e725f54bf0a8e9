namespace BorderCoop;

/// <summary>One record that a text names, with how it was named: the answer of <see cref="BorderCoopData.FindByName{TRecord}"/>.</summary>
/// <typeparam name="TRecord">The record type asked for.</typeparam>
/// <remarks>Two matches are equal when their record, kind and matched name are equal.</remarks>
public readonly record struct NameMatch<TRecord>
    where TRecord : class, IRecord
{
    internal NameMatch(TRecord record, NameMatchKind kind, string matchedName)
    {
        Record = record;
        Kind = kind;
        MatchedName = matchedName;
    }

    /// <summary>The record named.</summary>
    public TRecord Record { get; }

    /// <summary>How the text named it: by id, a whole name, the start of a name, a whole word, or part of a word.</summary>
    public NameMatchKind Kind { get; }

    /// <summary>
    /// The id, name, acronym or alias that matched, as the record gives it (with its accents): "Garcia Abrego" when
    /// "garcia" matched that alias. When several names match, the one matching best, then the first the record lists.
    /// </summary>
    public string MatchedName { get; }

    /// <summary>The record id, the kind of match and the name that matched.</summary>
    /// <returns>A one-line form, such as <c>agency/us-dea (ExactName: DEA)</c>.</returns>
    public override string ToString() => $"{Record?.Id} ({Kind}: {MatchedName})";
}
