using System.Text.Json;

namespace BorderCoop;

/// <summary>Builds the merged, ordered timeline of every dated value in a dataset, once.</summary>
internal static class Timeline
{
    public static ValueList<TimelineEntry> Build(BorderCoopData data)
    {
        var entries = new List<TimelineEntry>();

        void Add(PartialDate? date, string what, IRecord record)
        {
            if (date is not null)
            {
                entries.Add(new TimelineEntry(date, what, record));
            }
        }

        void AddRange(DateRange? period, IRecord record)
        {
            Add(period?.Start, "started", record);
            if (period is { IsSingleDate: false })
            {
                Add(period.End, "ended", record);
            }
        }

        foreach (var agreement in data.Agreements)
        {
            Add(agreement.Signed, "signed", agreement);
            Add(agreement.InForce, "in force", agreement);
        }

        foreach (var program in data.Programs)
        {
            AddRange(program.Period, program);
        }

        foreach (var extradition in data.ExtraditionCases)
        {
            Add(extradition.Arrested, "arrested", extradition);
            Add(extradition.Requested, "requested", extradition);
            Add(extradition.Granted, "granted", extradition);
            Add(extradition.Surrendered, "surrendered", extradition);
        }

        foreach (var evt in data.Events)
        {
            Add(evt.Date, JsonNamingPolicy.KebabCaseLower.ConvertName(evt.Kind.ToString()), evt);
        }

        foreach (var person in data.People)
        {
            foreach (var role in person.Roles)
            {
                Add(role.Period?.Start, "took office: " + role.Title, person);
                if (role.Period is { IsSingleDate: false })
                {
                    Add(role.Period.End, "left office: " + role.Title, person);
                }
            }
        }

        foreach (var source in data.Sources)
        {
            Add(source.Published, "published", source);
        }

        entries.Sort();
        return ValueList<TimelineEntry>.From(entries);
    }
}
