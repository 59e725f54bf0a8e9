namespace BorderCoop;

/// <summary>
/// What a text names among the records of one type: the one record it names best, or the candidates it could mean, or
/// nothing. The answer of <see cref="BorderCoopData.ResolveName{TRecord}"/>.
/// </summary>
/// <typeparam name="TRecord">The record type asked for.</typeparam>
/// <remarks>
/// The text resolves only when exactly one record matches best (see <see cref="NameMatchKind"/>): "DEA" resolves to
/// the agency whose acronym it is even though other names contain it as a word, while "Garcia", a word of two people's
/// names, is ambiguous. Equality is by reference.
/// </remarks>
public sealed class NameResolution<TRecord>
    where TRecord : class, IRecord
{
    internal NameResolution(string text, ValueList<NameMatch<TRecord>> candidates)
    {
        Text = text;
        Candidates = candidates;
        var best = candidates.Count == 0 ? 0 : candidates.TakeWhile(c => c.Kind == candidates[0].Kind).Count();
        Status = best switch
        {
            0 => NameResolutionStatus.NotFound,
            1 => NameResolutionStatus.Resolved,
            _ => NameResolutionStatus.Ambiguous,
        };
        Best = ValueList<NameMatch<TRecord>>.From(candidates.Take(best));
    }

    /// <summary>The text resolved, as given.</summary>
    public string Text { get; }

    /// <summary>Whether the text named one record, several equally well, or none.</summary>
    public NameResolutionStatus Status { get; }

    /// <summary>The record named, when <see cref="Status"/> is <see cref="NameResolutionStatus.Resolved"/>; otherwise null.</summary>
    public TRecord? Record => Status == NameResolutionStatus.Resolved ? Candidates[0].Record : null;

    /// <summary>Every record the text matches, best first (by <see cref="NameMatchKind"/>, then dataset order); empty when none does.</summary>
    public IReadOnlyList<NameMatch<TRecord>> Candidates { get; }

    /// <summary>
    /// The candidates that match best, all equally well: the one resolved, or those the text could mean when it is
    /// ambiguous; empty when nothing matches.
    /// </summary>
    public IReadOnlyList<NameMatch<TRecord>> Best { get; }

    /// <summary>The status and the best candidates' ids.</summary>
    /// <returns>A one-line form, such as <c>Ambiguous: person/a, person/b</c>.</returns>
    public override string ToString() => $"{Status}: {string.Join(", ", Best.Select(m => m.Record.Id))}";
}
