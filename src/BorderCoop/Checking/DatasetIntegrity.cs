namespace BorderCoop;

/// <summary>
/// The rules that hold across records: every id is used once, every reference resolves to a record of the
/// expected family (the family is checked by the record constructors, resolution here), no agency is its own
/// ancestor, and every quote that cites a curated source may be in its text (<see cref="CuratedSourceTexts"/>).
/// Shared by the dataset constructor and the loaders, which differ only in how they say where.
/// </summary>
internal static class DatasetIntegrity
{
    /// <summary>Checks <paramref name="records"/> and returns them indexed by id (the first record of each id).</summary>
    /// <param name="records">Every record of the dataset.</param>
    /// <param name="report">Called for each problem with the record, the field (null for the id itself) and the message.</param>
    /// <param name="declaredElsewhere">Ids of records that failed to load: references to them are not reported again as dangling.</param>
    /// <param name="describe">Where a record is, for the message about a repeated id; null to leave it out.</param>
    /// <param name="firstNew">
    /// The index of the first record not yet checked: the records before it are a dataset that passed these checks
    /// (the one being extended), so only ids are checked against them. Their references resolve among themselves, and
    /// none of them can point to a record added after them, so no new cycle can run through them.
    /// </param>
    public static Dictionary<string, IRecord> Check(
        IReadOnlyList<IRecord> records,
        Action<IRecord, string?, string> report,
        Func<string, bool>? declaredElsewhere = null,
        Func<IRecord, string>? describe = null,
        int firstNew = 0)
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

        foreach (var record in records.Skip(firstNew))
        {
            // What RecordContents.References lists, in its order (links, then the citations' sources), with each
            // citation's path made only for a problem: this runs for every citation of every record loaded.
            var contents = RecordContents.Of(record);
            foreach (var (field, id) in contents.Links())
            {
                // The record constructors already checked that each reference names the expected family.
                if (!Resolves(id))
                {
                    report(record, field, Dangling(id));
                }
            }

            var citesCurated = false;
            foreach (var (field, citation) in contents.AllCitations())
            {
                if (!Resolves(citation.SourceId))
                {
                    report(record, $"{field}.source", Dangling(citation.SourceId));
                }

                citesCurated |= CuratedSourceTexts.IsCuratedId(citation.SourceId);
            }

            if (citesCurated)
            {
                CuratedSourceTexts.CheckQuotes(record, index, report);
            }
        }

        ReportParentCycles(records.Skip(firstNew), index, report);
        return index;

        bool Resolves(string id) => index.ContainsKey(id) || declaredElsewhere?.Invoke(id) == true;

        static string Dangling(string id) => $"'{id}' does not resolve to any record";
    }

    /// <summary>
    /// Reports each cycle of agency parents (A → B → A; the constructor already refuses A → A) once, at the
    /// <c>parent</c> of the cycle's agency that comes first in <paramref name="records"/>, naming every agency of the
    /// cycle from there. Unresolved parents end a chain: they are reported as dangling references.
    /// </summary>
    private static void ReportParentCycles(IEnumerable<IRecord> records, Dictionary<string, IRecord> index, Action<IRecord, string?, string> report)
    {
        var agencies = records.OfType<Agency>().ToList();
        var order = new Dictionary<Agency, int>(ReferenceEqualityComparer.Instance);
        foreach (var agency in agencies)
        {
            order.TryAdd(agency, order.Count);
        }

        // Agencies whose chain of parents has been followed: it ends, or its cycle has been reported.
        var followed = new HashSet<Agency>(ReferenceEqualityComparer.Instance);
        foreach (var agency in agencies)
        {
            var chain = new List<Agency>();
            var at = new Dictionary<Agency, int>(ReferenceEqualityComparer.Instance);
            for (Agency? current = agency; current is not null && !followed.Contains(current); current = ParentOf(current, index))
            {
                if (at.TryGetValue(current, out var start))
                {
                    var cycle = chain[start..];
                    var first = cycle.IndexOf(cycle.MinBy(a => order[a])!);
                    var ids = cycle.Skip(first).Concat(cycle.Take(first)).Select(a => a.Id).ToList();
                    report(cycle[first], "parent", $"the agency parents form a cycle, {string.Join(" → ", ids)} → {ids[0]}: an agency cannot be its own ancestor");
                    break;
                }

                at.Add(current, chain.Count);
                chain.Add(current);
            }

            followed.UnionWith(chain);
        }
    }

    private static Agency? ParentOf(Agency agency, Dictionary<string, IRecord> index) =>
        agency.ParentId is { } id && index.TryGetValue(id, out var parent) ? parent as Agency : null;
}
