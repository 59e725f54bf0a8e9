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
    /// "1996-01-14"), and exact before approximate. Records the sources do not date are not on the timeline.
    /// The list is built once, on first use.
    /// </remarks>
    public IReadOnlyList<TimelineEntry> Timeline => indexes.Timeline;

    /// <summary>The part of <see cref="Timeline"/> that matches every given filter, in timeline order.</summary>
    /// <param name="period">
    /// The days asked about, or null for all time. An entry is kept when its date may fall in the period, so a date known
    /// only as "1996" is kept for January 1996; check <see cref="PartialDate.Precision"/> to tell.
    /// </param>
    /// <param name="kind">Only entries of this kind (such as <see cref="TimelineEntryKind.Signed"/>), or null for all.</param>
    /// <param name="agencyId">
    /// Only entries of records that name this agency (as lead, participant, party, funder and so on), and the roles held
    /// in it; or null for all. Sub-agencies are not included.
    /// </param>
    /// <returns>The entries, in timeline order.</returns>
    public IReadOnlyList<TimelineEntry> TimelineFor(DateInterval? period = null, TimelineEntryKind? kind = null, string? agencyId = null)
    {
        if (agencyId is null && period is not null)
        {
            // The whole timeline: an interval index finds the entries whose dates may fall in the period.
            var inPeriod = new List<TimelineEntry>();
            indexes.TimelineByDate.Overlapping(period.Start, period.End, inPeriod);
            if (kind is not null)
            {
                inPeriod.RemoveAll(e => e.Kind != kind);
            }

            return ValueList<TimelineEntry>.From(inPeriod);
        }

        // One agency's entries (a short list) or no period: a binary-searched slice, then a filter.
        var entries = agencyId is null ? indexes.Timeline : indexes.TimelineByAgency.Get(agencyId);
        var (first, end) = period is null ? (0, entries.Count) : Slice(entries, period);
        var matches = new List<TimelineEntry>(end - first);
        for (var i = first; i < end; i++)
        {
            var entry = entries[i];
            if ((kind is null || entry.Kind == kind) && (period is null || entry.Date.End >= period.Start))
            {
                matches.Add(entry);
            }
        }

        return ValueList<TimelineEntry>.From(matches);
    }

    /// <summary>
    /// The index range of the entries that may overlap <paramref name="period"/>: a partial date spans at most a year, so
    /// every overlapping entry starts between a year before the period and its end; two binary searches find them.
    /// </summary>
    private static (int First, int End) Slice(IReadOnlyList<TimelineEntry> entries, DateInterval period) =>
        (FirstStartingAfter(entries, period.Start.Year > PartialDate.MinimumYear ? period.Start.PlusYears(-1) : LocalDate.MinIsoValue, inclusive: true),
         FirstStartingAfter(entries, period.End, inclusive: false));

    /// <summary>The first index whose entry starts after <paramref name="date"/> (or on it, when <paramref name="inclusive"/>).</summary>
    private static int FirstStartingAfter(IReadOnlyList<TimelineEntry> entries, LocalDate date, bool inclusive)
    {
        int low = 0, high = entries.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            var start = entries[mid].Date.Start;
            if (start < date || (!inclusive && start == date))
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
