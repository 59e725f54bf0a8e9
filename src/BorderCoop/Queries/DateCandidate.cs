namespace BorderCoop;

/// <summary>A date that one version of a conflict gives for a record, with the conflict that records the disagreement.</summary>
/// <remarks>Two candidates are equal when date and conflict id are equal.</remarks>
public readonly record struct DateCandidate
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="date">The date the version gives.</param>
    /// <param name="conflictId">The id of the conflict whose version gives it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DateCandidate(PartialDate date, string conflictId)
    {
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(conflictId);
        Date = date;
        ConflictId = conflictId;
    }

    /// <summary>The date that version gives.</summary>
    public PartialDate Date { get; }

    /// <summary>The id of the conflict (<c>conflict/…</c>) whose version gives it.</summary>
    public string ConflictId { get; }

    /// <summary>The date and the conflict, as in a reason: <c>1980 (conflict/extradition-treaty-year)</c>.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Date} ({ConflictId})";
}
