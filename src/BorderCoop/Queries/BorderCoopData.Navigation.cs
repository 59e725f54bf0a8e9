namespace BorderCoop;

/// <summary>Moving between related records, the conflicts that touch them, and the citations behind them.</summary>
public sealed partial class BorderCoopData
{
    /// <summary>The conflicts that touch the record <paramref name="recordId"/> names, directly or through one of their versions.</summary>
    /// <param name="recordId">A record id, or a name that resolves to one record of any family (see <see cref="Resolve{TRecord}"/>).</param>
    /// <returns>The conflicts, in dataset order; empty when none touches the record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    /// <exception cref="NameResolutionException"><paramref name="recordId"/> names no record, or several equally well.</exception>
    public IReadOnlyList<Conflict> ConflictsAbout(string recordId) =>
        Indexes.ConflictsByRecord.Get(ResolveArgument<IRecord>(recordId, nameof(recordId)).Id);

    /// <summary>
    /// Every record that points to the record with id <paramref name="recordId"/>: for an agency, its programs, the
    /// agreements it is party to, its events, cases, budget lines, figures, sub-agencies and the people who held roles
    /// in it; for a source, every record that quotes it; for a program, its budget lines and figures.
    /// </summary>
    /// <param name="recordId">A record id, or a name that resolves to one record of any family (see <see cref="Resolve{TRecord}"/>).</param>
    /// <returns>The records, in the family order of <see cref="Records"/>; empty when none points to it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    /// <exception cref="NameResolutionException"><paramref name="recordId"/> names no record, or several equally well.</exception>
    public IReadOnlyList<IRecord> RecordsReferencing(string recordId) =>
        Indexes.Referencing.Get(ResolveArgument<IRecord>(recordId, nameof(recordId)).Id);

    /// <summary>
    /// The records of type <typeparamref name="TRecord"/> that point to the record with id <paramref name="recordId"/>:
    /// an agreement's programs (<c>RecordsReferencing&lt;CooperationProgram&gt;("agreement/…")</c>), a program's budget lines.
    /// </summary>
    /// <typeparam name="TRecord">The record type wanted.</typeparam>
    /// <param name="recordId">A record id, or a name that resolves to one record of any family.</param>
    /// <returns>The records, in dataset order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    /// <exception cref="NameResolutionException"><paramref name="recordId"/> names no record, or several equally well.</exception>
    public IReadOnlyList<TRecord> RecordsReferencing<TRecord>(string recordId)
        where TRecord : class, IRecord =>
        ValueList<TRecord>.From(RecordsReferencing(recordId).OfType<TRecord>());

    /// <summary>
    /// The records that the record with id <paramref name="recordId"/> points to, each once: a program's agencies and
    /// agreements, a case's person and agencies, a conflict's records, and the sources of its citations.
    /// </summary>
    /// <param name="recordId">A record id, or a name that resolves to one record of any family (see <see cref="Resolve{TRecord}"/>).</param>
    /// <returns>The records, in the order the record names them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    /// <exception cref="NameResolutionException"><paramref name="recordId"/> names no record, or several equally well.</exception>
    public IReadOnlyList<IRecord> RecordsReferencedBy(string recordId) =>
        ValueList<IRecord>.From(RecordContents.References(ResolveArgument<IRecord>(recordId, nameof(recordId)))
            .Select(r => r.Id).Distinct(StringComparer.Ordinal).Select(id => byId[id]));

    /// <summary>The records of type <typeparamref name="TRecord"/> that the record with id <paramref name="recordId"/> points to: a program's agencies.</summary>
    /// <typeparam name="TRecord">The record type wanted.</typeparam>
    /// <param name="recordId">A record id, or a name that resolves to one record of any family.</param>
    /// <returns>The records, in the order the record names them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    /// <exception cref="NameResolutionException"><paramref name="recordId"/> names no record, or several equally well.</exception>
    public IReadOnlyList<TRecord> RecordsReferencedBy<TRecord>(string recordId)
        where TRecord : class, IRecord =>
        ValueList<TRecord>.From(RecordsReferencedBy(recordId).OfType<TRecord>());

    /// <summary>
    /// Every citation behind the record with id <paramref name="recordId"/>: its own, and those of a person's roles or a
    /// conflict's versions, each with the verbatim quote and the source it comes from.
    /// </summary>
    /// <param name="recordId">A record id, or a name that resolves to one record of any family (see <see cref="Resolve{TRecord}"/>).</param>
    /// <returns>The citations, in JSON order; empty for agencies (reference data).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    /// <exception cref="NameResolutionException"><paramref name="recordId"/> names no record, or several equally well.</exception>
    public IReadOnlyList<RecordCitation> CitationsOf(string recordId) =>
        Indexes.CitationsByRecord.Get(ResolveArgument<IRecord>(recordId, nameof(recordId)).Id);

    /// <summary>Every citation that quotes the source with id <paramref name="sourceId"/>: what that one document backs.</summary>
    /// <param name="sourceId">A source id, such as <c>source/arzt-security-collaboration</c>, or a title that resolves to one source.</param>
    /// <returns>The citations, in record order; empty when nothing quotes the source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceId"/> is null.</exception>
    /// <exception cref="NameResolutionException"><paramref name="sourceId"/> names no source, or several equally well.</exception>
    public IReadOnlyList<RecordCitation> CitationsFrom(string sourceId) =>
        Indexes.CitationsBySource.Get(ResolveArgument<Source>(sourceId, nameof(sourceId)).Id);
}
