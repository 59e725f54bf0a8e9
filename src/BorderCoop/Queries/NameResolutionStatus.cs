namespace BorderCoop;

/// <summary>Whether a text named one record, several equally well, or none (see <see cref="NameResolution{TRecord}"/>).</summary>
public enum NameResolutionStatus
{
    /// <summary>Exactly one record matches best; others may match, but less well.</summary>
    Resolved = 0,

    /// <summary>Several records match equally well, and better than the rest: the text does not say which one.</summary>
    Ambiguous = 1,

    /// <summary>No record matches, by id, name, acronym or alias, whole or in part.</summary>
    NotFound = 2,
}
