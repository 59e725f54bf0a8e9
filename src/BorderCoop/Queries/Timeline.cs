using System.Text.Json;

namespace BorderCoop;

/// <summary>Builds the merged, ordered timeline of every dated value in a dataset, once.</summary>
internal static class Timeline
{
    /// <summary>
    /// Every dated entry in order, each with the agencies it involves: the agencies a record points to (and the agency
    /// itself for an agency record), except for a role's dates, which involve only that role's agency.
    /// </summary>
    public static (ValueList<TimelineEntry> Entries, ValueList<string>[] Agencies) Build(BorderCoopData data)
    {
        var entries = new List<(TimelineEntry Entry, ValueList<string> Agencies)>();

        void Add(PartialDate? date, TimelineEntryKind kind, string what, IRecord record, ValueList<string> agencies)
        {
            if (date is not null)
            {
                entries.Add((new TimelineEntry(date, kind, what, record), agencies));
            }
        }

        foreach (var agreement in data.Agreements)
        {
            var agencies = AgenciesOf(agreement);
            Add(agreement.Signed, TimelineEntryKind.Signed, "signed", agreement, agencies);
            Add(agreement.InForce, TimelineEntryKind.InForce, "in force", agreement, agencies);
        }

        foreach (var program in data.Programs)
        {
            var agencies = AgenciesOf(program);
            Add(program.Period?.Start, TimelineEntryKind.Started, "started", program, agencies);
            if (program.Period is { IsSingleDate: false })
            {
                Add(program.Period.End, TimelineEntryKind.Ended, "ended", program, agencies);
            }
        }

        foreach (var extradition in data.ExtraditionCases)
        {
            var agencies = AgenciesOf(extradition);
            Add(extradition.Arrested, TimelineEntryKind.Arrested, "arrested", extradition, agencies);
            Add(extradition.Requested, TimelineEntryKind.Requested, "requested", extradition, agencies);
            Add(extradition.Granted, TimelineEntryKind.Granted, "granted", extradition, agencies);
            Add(extradition.Surrendered, TimelineEntryKind.Surrendered, "surrendered", extradition, agencies);
        }

        foreach (var evt in data.Events)
        {
            Add(evt.Date, TimelineEntryKind.Event, JsonNamingPolicy.KebabCaseLower.ConvertName(evt.Kind.ToString()), evt, AgenciesOf(evt));
        }

        foreach (var person in data.People)
        {
            foreach (var role in person.Roles)
            {
                var agencies = role.AgencyId is null ? ValueList<string>.Empty : ValueList<string>.From([role.AgencyId]);
                Add(role.Period?.Start, TimelineEntryKind.TookOffice, "took office: " + role.Title, person, agencies);
                if (role.Period is { IsSingleDate: false })
                {
                    Add(role.Period.End, TimelineEntryKind.LeftOffice, "left office: " + role.Title, person, agencies);
                }
            }
        }

        foreach (var source in data.Sources)
        {
            Add(source.Published, TimelineEntryKind.Published, "published", source, ValueList<string>.Empty);
        }

        // Stable: equal entries keep the order above.
        var ordered = entries.Select((e, i) => (e.Entry, e.Agencies, Order: i))
            .OrderBy(e => e.Entry).ThenBy(e => e.Order)
            .ToArray();
        return (ValueList<TimelineEntry>.From(ordered.Select(e => e.Entry)), ordered.Select(e => e.Agencies).ToArray());
    }

    private static ValueList<string> AgenciesOf(IRecord record) =>
        ValueList<string>.From(RecordReferences.Of(record)
            .Select(r => r.Id)
            .Where(id => RecordId.BelongsTo(id, RecordId.AgencyFamily))
            .Distinct(StringComparer.Ordinal));
}
