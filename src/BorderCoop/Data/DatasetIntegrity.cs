namespace BorderCoop;

/// <summary>
/// The rules that hold across records: every id is used once, every reference resolves to a record of the
/// expected family (the family is checked by the record constructors, resolution here), and every quote that cites a
/// curated source may be in its text (<see cref="CuratedSourceTexts"/>). Shared by the dataset constructor and the loaders, which differ only in how they say where.
/// </summary>
internal static class DatasetIntegrity
{
    /// <summary>Checks <paramref name="records"/> and returns them indexed by id (the first record of each id).</summary>
    /// <param name="records">Every record of the dataset.</param>
    /// <param name="report">Called for each problem with the record, the field (null for the id itself) and the message.</param>
    /// <param name="declaredElsewhere">Ids of records that failed to load: references to them are not reported again as dangling.</param>
    /// <param name="describe">Where a record is, for the message about a repeated id; null to leave it out.</param>
    public static Dictionary<string, IRecord> Check(
        IReadOnlyList<IRecord> records,
        Action<IRecord, string?, string> report,
        Func<string, bool>? declaredElsewhere = null,
        Func<IRecord, string>? describe = null)
    {
        var index = new Dictionary<string, IRecord>(records.Count, StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!index.TryAdd(record.Id, record))
            {
                var first = describe is null ? string.Empty : $" (also {describe(index[record.Id])})";
                report(record, null, "the id is used by more than one record" + first);
            }
        }

        foreach (var record in records)
        {
            foreach (var (field, id) in RecordReferences.Of(record))
            {
                // The record constructors already checked that each reference names the expected family.
                if (!index.ContainsKey(id) && declaredElsewhere?.Invoke(id) != true)
                {
                    report(record, field, $"'{id}' does not resolve to any record");
                }
            }

            CuratedSourceTexts.CheckQuotes(record, index, report);
        }

        return index;
    }
}
