namespace BorderCoop;

/// <summary>Moving between related records, the conflicts that touch them, and the citations behind them.</summary>
public sealed partial class BorderCoopData
{
    /// <summary>The conflicts that touch the record with id <paramref name="recordId"/>, directly or through one of their versions.</summary>
    /// <param name="recordId">A record id.</param>
    /// <returns>The conflicts, in dataset order; empty when none touches the record (or the id is unknown).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    public IReadOnlyList<Conflict> ConflictsAbout(string recordId)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        return indexes.ConflictsByRecord.Get(recordId);
    }

    /// <summary>
    /// Every record that points to the record with id <paramref name="recordId"/>: for an agency, its programs, the
    /// agreements it is party to, its events, cases, budget lines, figures, sub-agencies and the people who held roles
    /// in it; for a source, every record that quotes it; for a program, its budget lines and figures.
    /// </summary>
    /// <param name="recordId">A record id.</param>
    /// <returns>The records, in the family order of <see cref="Records"/>; empty when none points to it or the id is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    public IReadOnlyList<IRecord> RecordsReferencing(string recordId)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        return indexes.Referencing.Get(recordId);
    }

    /// <summary>
    /// The records of type <typeparamref name="TRecord"/> that point to the record with id <paramref name="recordId"/>:
    /// an agreement's programs (<c>RecordsReferencing&lt;CooperationProgram&gt;("agreement/…")</c>), a program's budget lines.
    /// </summary>
    /// <typeparam name="TRecord">The record type wanted.</typeparam>
    /// <param name="recordId">A record id.</param>
    /// <returns>The records, in dataset order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    public IReadOnlyList<TRecord> RecordsReferencing<TRecord>(string recordId)
        where TRecord : class, IRecord =>
        ValueList<TRecord>.From(RecordsReferencing(recordId).OfType<TRecord>());

    /// <summary>
    /// The records that the record with id <paramref name="recordId"/> points to, each once: a program's agencies and
    /// agreements, a case's person and agencies, a conflict's records, and the sources of its citations.
    /// </summary>
    /// <param name="recordId">A record id.</param>
    /// <returns>The records, in the order the record names them; empty when the id is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    public IReadOnlyList<IRecord> RecordsReferencedBy(string recordId)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        return Find(recordId) is { } record
            ? ValueList<IRecord>.From(RecordReferences.Of(record).Select(r => r.Id).Distinct(StringComparer.Ordinal).Select(id => byId[id]))
            : ValueList<IRecord>.Empty;
    }

    /// <summary>The records of type <typeparamref name="TRecord"/> that the record with id <paramref name="recordId"/> points to: a program's agencies.</summary>
    /// <typeparam name="TRecord">The record type wanted.</typeparam>
    /// <param name="recordId">A record id.</param>
    /// <returns>The records, in the order the record names them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    public IReadOnlyList<TRecord> RecordsReferencedBy<TRecord>(string recordId)
        where TRecord : class, IRecord =>
        ValueList<TRecord>.From(RecordsReferencedBy(recordId).OfType<TRecord>());

    /// <summary>
    /// Every citation behind the record with id <paramref name="recordId"/>: its own, and those of a person's roles or a
    /// conflict's versions, each with the verbatim quote and the source it comes from.
    /// </summary>
    /// <param name="recordId">A record id.</param>
    /// <returns>The citations, in JSON order; empty for agencies (reference data) and unknown ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    public IReadOnlyList<RecordCitation> CitationsOf(string recordId)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        return indexes.CitationsByRecord.Get(recordId);
    }

    /// <summary>Every citation that quotes the source with id <paramref name="sourceId"/>: what that one document backs.</summary>
    /// <param name="sourceId">A source id, such as <c>source/arzt-security-collaboration</c>.</param>
    /// <returns>The citations, in record order; empty when the id is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceId"/> is null.</exception>
    public IReadOnlyList<RecordCitation> CitationsFrom(string sourceId)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        return indexes.CitationsBySource.Get(sourceId);
    }
}
