namespace BorderCoop;

/// <summary>
/// Everything around one record: what it points to, what points to it, the conflicts that touch it and every citation
/// of it. A person's roles are on the record; their signatures, cases, events and reported figures point to them. A
/// program points to its agencies and agreements; its budget lines and figures point to it. An agency's everything
/// points to it.
/// </summary>
/// <remarks>Built on request from the dataset's indexes; each list is in dataset order, the links of one record in the order of its fields.</remarks>
public sealed class RecordNeighbourhood
{
    internal RecordNeighbourhood(IRecord record, IReadOnlyList<RecordLink> references, IReadOnlyList<RecordLink> referencedBy, IReadOnlyList<Conflict> conflicts, IReadOnlyList<RecordCitation> citations)
    {
        Record = record;
        References = references;
        ReferencedBy = referencedBy;
        Conflicts = conflicts;
        Citations = citations;
    }

    /// <summary>The record at the centre.</summary>
    public IRecord Record { get; }

    /// <summary>The records it points to, each with the field that holds the reference (its agencies, its agreements, the person of a case).</summary>
    public IReadOnlyList<RecordLink> References { get; }

    /// <summary>The records that point to it, each with the field on that record (agreements a person signed: field <c>signatories</c>).</summary>
    public IReadOnlyList<RecordLink> ReferencedBy { get; }

    /// <summary>The conflicts that name it or one of whose versions it holds.</summary>
    public IReadOnlyList<Conflict> Conflicts { get; }

    /// <summary>Every citation of the record, its roles' and its conflict versions', with the source and the quote.</summary>
    public IReadOnlyList<RecordCitation> Citations { get; }

    /// <summary>The records of type <typeparamref name="TRecord"/> that point to this one, optionally only through <paramref name="field"/>.</summary>
    /// <typeparam name="TRecord">The record type wanted.</typeparam>
    /// <param name="field">A field such as <c>signatories</c> (see <see cref="RecordLink.Field"/>), or null for any.</param>
    /// <returns>The records, each once, in dataset order.</returns>
    public IReadOnlyList<TRecord> ReferencedByOf<TRecord>(string? field = null)
        where TRecord : class, IRecord =>
        ValueList<TRecord>.From(ReferencedBy.Where(l => field is null || l.Field == field).Select(l => l.Record).OfType<TRecord>().Distinct());

    /// <summary>The record id and how many links, conflicts and citations it has.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() =>
        $"{Record.Id}: {References.Count} references, {ReferencedBy.Count} referenced by, {Conflicts.Count} conflicts, {Citations.Count} citations";
}
