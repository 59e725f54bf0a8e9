namespace BorderCoop;

/// <summary>
/// A record whose date of one kind (a signing, a surrender) conflicting passages give differently: the recorded date
/// and each date the conflicts give, graded together so that the answer holds under all of them or says it may not.
/// </summary>
/// <param name="Record">The record.</param>
/// <param name="Kind">Which of its dates is disputed.</param>
/// <param name="Date">The date as recorded.</param>
/// <param name="Candidates">The dates the conflicts give, with their conflicts.</param>
internal sealed record DisputedDate<T>(T Record, DateKind Kind, PartialDate Date, ValueList<DateCandidate> Candidates)
    where T : class, IRecord
{
    /// <summary>The records among <paramref name="items"/> whose dated <c>Kind</c> conflicts give another date for (versions that name the kind).</summary>
    public static ValueList<DisputedDate<T>> Find(IEnumerable<(T Record, DateKind Kind, PartialDate Date)> items, DatasetIndexes indexes) =>
        ValueList<DisputedDate<T>>.From(items
            .Select(item => (Item: item, Candidates: indexes.ExplicitCandidatesFor(item.Record.Id, item.Kind)))
            .Where(x => x.Candidates.Count > 0)
            .Select(x => new DisputedDate<T>(x.Item.Record, x.Item.Kind, x.Item.Date, x.Candidates)));
}
