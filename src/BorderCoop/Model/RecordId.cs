namespace BorderCoop;

/// <summary>
/// The rules for record ids: <c>prefix/slug</c>, where the prefix names the record's family
/// (<see cref="RecordFamily.IdPrefix"/>: <see cref="Agreement"/> ids start <c>agreement/</c>) and the slug is
/// lower-case ASCII letters, digits and single hyphens, such as <c>agreement/mou-information-exchange-1987</c>.
/// </summary>
/// <remarks>Ids are stable: once published, an id keeps naming the same record in later data versions.</remarks>
public static class RecordId
{
    /// <summary>Whether <paramref name="id"/> has the form <c>prefix/slug</c> with the prefix of a family.</summary>
    /// <param name="id">The id to check.</param>
    /// <returns><see langword="true"/> when well formed.</returns>
    public static bool IsWellFormed(string? id) =>
        id is not null && Serialization.TextPatterns.IsRecordId(id) && RecordFamily.ForId(id) is not null;

    /// <summary>The family of a well-formed id (<see cref="RecordFamily.Agreements"/> for <c>agreement/merida-initiative</c>).</summary>
    /// <param name="id">A well-formed id.</param>
    /// <returns>The family.</returns>
    /// <exception cref="ArgumentException">The id is not well formed.</exception>
    public static RecordFamily FamilyOf(string id) =>
        IsWellFormed(id) ? RecordFamily.ForId(id)! : throw new ArgumentException($"'{id}' is not a well-formed record id.", nameof(id));
}
