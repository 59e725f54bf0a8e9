namespace BorderCoop;

/// <summary>Builds the merged, ordered timeline of every dated value in a dataset, once.</summary>
internal static class Timeline
{
    /// <summary>
    /// Every dated entry in order (each record says which of its dates are entries: <see cref="IRecordContents.TimelineDates"/>),
    /// each with the agencies it involves: the agencies a record points to, except for a role's dates, which involve only
    /// that role's agency.
    /// </summary>
    public static (ValueList<TimelineEntry> Entries, ValueList<string>[] Agencies) Build(BorderCoopData data)
    {
        var entries = new List<(TimelineEntry Entry, ValueList<string> Agencies)>();

        void Add(PartialDate? date, DateKind kind, string what, IRecord record, ValueList<string> agencies)
        {
            if (date is not null)
            {
                entries.Add((new TimelineEntry(date, kind, what, record), agencies));
            }
        }

        foreach (var record in data.Records)
        {
            ValueList<string>? agencies = null;
            foreach (var (date, kind, what, own) in RecordContents.Of(record).TimelineDates())
            {
                Add(date, kind, what, record, own is null ? agencies ??= AgenciesOf(record) : ValueList<string>.From(own));
            }
        }

        // In time order (stable: equal entries keep the order above), then the stated order applied on top of it.
        var sorted = entries.Select((e, i) => (e.Entry, e.Agencies, Order: i))
            .OrderBy(e => e.Entry).ThenBy(e => e.Order)
            .ToArray();
        var ordered = StatedOrder.Apply(sorted, e => e.Entry, MustFollow, e => (e.Record as Event)?.AfterId);
        return (ValueList<TimelineEntry>.From(ordered.Select(e => e.Entry)), ordered.Select(e => e.Agencies).ToArray());
    }

    /// <summary>
    /// The stated order of the timeline: the steps of one extradition case come in the order they happen (an arrest,
    /// then the request, the grant, the surrender), whatever the precision of their dates: a surrender "a few days
    /// later" (<c>1996-01~</c>) follows the arrest on 1996-01-14. An event the sources say came after another record
    /// (<see cref="Event.AfterId"/>) follows every entry of that record.
    /// </summary>
    private static bool MustFollow(TimelineEntry later, TimelineEntry earlier) =>
        ReferenceEquals(later.Record, earlier.Record)
        && later.Record is ExtraditionCase
        && Array.IndexOf(ExtraditionCaseDates.StepKinds, later.Kind) > Array.IndexOf(ExtraditionCaseDates.StepKinds, earlier.Kind);

    private static ValueList<string> AgenciesOf(IRecord record) =>
        ValueList<string>.From(RecordContents.References(record)
            .Select(r => r.Id)
            .Where(id => RecordFamily.Agencies.Owns(id))
            .Distinct(StringComparer.Ordinal));
}
