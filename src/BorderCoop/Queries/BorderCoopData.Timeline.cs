using NodaTime;

namespace BorderCoop;

/// <summary>The merged timeline of everything dated.</summary>
public sealed partial class BorderCoopData
{
    /// <summary>
    /// Every dated value of the dataset on one timeline, in order: agreements signed and in force, programs started
    /// and ended, arrests and surrenders, events, roles taken and left, sources published.
    /// </summary>
    /// <remarks>
    /// Ordering respects precision: at the same start, the wider span comes first ("1996" before "1996-01" before
    /// "1996-01-14"), and exact before approximate; a bound sorts with the date it names ("by January 2007" with January
    /// 2007). The stated order wins over dates: the steps of an extradition case come in the order they happen, so a
    /// surrender "a few days later" (<c>1996-01~</c>) follows the arrest on 1996-01-14. Records the sources do not
    /// date are not on the timeline.
    /// The list is built once, on first use.
    /// </remarks>
    public IReadOnlyList<TimelineEntry> Timeline => Indexes.Timeline;

    /// <summary>The part of <see cref="Timeline"/> that matches every given filter, in timeline order.</summary>
    /// <param name="period">
    /// The days asked about, or null for all time. An entry is kept when its date may fall in the period, so a date known
    /// only as "1996" is kept for January 1996, "c. 2009" (which may be 2008 to 2010) for 2010, and "by January 2007"
    /// for any period before February 2007; check <see cref="PartialDate.Precision"/>, <see cref="PartialDate.IsApproximate"/>
    /// and <see cref="PartialDate.Qualifier"/> to tell.
    /// </param>
    /// <param name="kind">Only entries of this kind (such as <see cref="DateKind.Signed"/>), or null for all.</param>
    /// <param name="agencyId">
    /// Only entries of records that name this agency (as lead, participant, party, funder and so on), and the roles held
    /// in it: an id, name, acronym or alias; or null for all. Sub-agencies are not included.
    /// </param>
    /// <returns>The entries, in timeline order.</returns>
    /// <exception cref="NameResolutionException"><paramref name="agencyId"/> names no agency, or several equally well.</exception>
    public IReadOnlyList<TimelineEntry> TimelineFor(DateInterval? period = null, DateKind? kind = null, string? agencyId = null)
    {
        if (agencyId is null && period is not null)
        {
            // The whole timeline: an interval index finds the entries whose dates may fall in the period.
            var inPeriod = new List<(TimelineEntry Entry, int Position)>();
            Indexes.TimelineByDate.Overlapping(period.Start, period.End, inPeriod);
            inPeriod.Sort(static (a, b) => a.Position.CompareTo(b.Position));
            return ValueList<TimelineEntry>.From(inPeriod.Where(e => kind is null || e.Entry.Kind == kind).Select(e => e.Entry));
        }

        // One agency's entries (a short list) or no period: a filter in timeline order.
        var entries = agencyId is null ? Indexes.Timeline : Indexes.TimelineByAgency.Get(ResolveArgument<Agency>(agencyId, nameof(agencyId)).Id);
        var matches = new List<TimelineEntry>();
        foreach (var entry in entries)
        {
            if ((kind is null || entry.Kind == kind) && (period is null || (entry.Date.LatestDay >= period.Start && entry.Date.EarliestDay <= period.End)))
            {
                matches.Add(entry);
            }
        }

        return ValueList<TimelineEntry>.From(matches);
    }
}
