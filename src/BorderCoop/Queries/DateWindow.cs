using NodaTime;

namespace BorderCoop;

/// <summary>
/// The one place date questions are graded and their answers ordered: a single date against a period, a period against
/// a period, an unknown date, and the time order every dated answer is returned in (rules in <c>docs/semantics.md</c>).
/// </summary>
internal static class DateWindow
{
    /// <summary>Grades a single date (a signing, a surrender, an event) against <paramref name="question"/>; false when it cannot fall in it.</summary>
    public static bool Grade<T>(T record, PartialDate date, DateKind kind, DateInterval question, out DatedMatch<T> match)
        where T : class, IRecord =>
        Grade(record, date, date.EarliestDay, date.LatestDay, kind, question, out match);

    /// <summary>
    /// Grades a single date against <paramref name="question"/> when the stated order narrows the days it can be to
    /// <paramref name="earliestDay"/>..<paramref name="latestDay"/>; false when it cannot fall in the question.
    /// </summary>
    public static bool Grade<T>(T record, PartialDate date, LocalDate earliestDay, LocalDate latestDay, DateKind kind, DateInterval question, out DatedMatch<T> match)
        where T : class, IRecord
    {
        var (overlap, certainty) = new PeriodBounds(earliestDay, latestDay, earliestDay, latestDay).Grade(question);
        if (overlap == DateOverlap.Outside)
        {
            match = default;
            return false;
        }

        // A single day either surely falls in the period or only may: it cannot "cover" or "partly overlap" for sure.
        match = new DatedMatch<T>(record, kind, overlap, certainty == DateCertainty.Certain && overlap == DateOverlap.Within ? DateCertainty.Certain : DateCertainty.Uncertain, date: date);
        return true;
    }

    /// <summary>Grades a period entry against <paramref name="question"/>; false when no reading of it touches the question.</summary>
    public static bool Grade<T>(in PeriodEntry<T> entry, DateKind kind, DateInterval question, out DatedMatch<T> match)
        where T : class, IRecord
    {
        var (overlap, certainty) = entry.Bounds.Grade(question);
        if (overlap == DateOverlap.Outside)
        {
            match = default;
            return false;
        }

        match = new DatedMatch<T>(entry.Record, kind, overlap, certainty, period: entry.Period, runningAsOf: entry.RunningAsOf);
        return true;
    }

    /// <summary>A record whose date of <paramref name="kind"/> the sources do not give: uncertain, never left out.</summary>
    public static DatedMatch<T> Unknown<T>(T record, DateKind kind, IReadOnlyList<DateCandidate>? candidates = null, (PartialDate Date, DateKind Kind)? context = null)
        where T : class, IRecord =>
        new(record, kind, DateOverlap.Unknown, DateCertainty.Uncertain, candidates: candidates is { Count: > 0 } ? candidates : null, context: context);

    /// <summary>
    /// The matches of the period entries in <paramref name="index"/> that touch <paramref name="question"/>, then every
    /// record in <paramref name="unknown"/> as uncertain, in time order.
    /// </summary>
    public static ValueList<DatedMatch<T>> Periods<T>(
        IntervalIndex<PeriodEntry<T>> index, DateKind kind, DateInterval question, IReadOnlyList<T> unknown, DatasetIndexes indexes)
        where T : class, IRecord
    {
        var matches = new List<DatedMatch<T>>();
        index.Overlapping(question.Start, question.End, (PeriodEntry<T> e, out DatedMatch<T> m) => Grade(e, kind, question, out m), matches);
        foreach (var record in unknown)
        {
            matches.Add(Unknown(record, kind, indexes.CandidatesFor(record.Id, kind)));
        }

        return InTimeOrder(matches);
    }

    /// <summary>
    /// Sorts matches in time: by the date or period they rest on (<see cref="PartialDate"/> order: first day, then the
    /// wider span first, then exact before approximate), a period with an open or unknown start by its end, periods with
    /// the same start by their end; matches on an unknown date last; ties by record id.
    /// </summary>
    public static ValueList<DatedMatch<T>> InTimeOrder<T>(List<DatedMatch<T>> matches)
        where T : class, IRecord
    {
        matches.Sort(static (a, b) =>
        {
            var byDate = NullsLast(SortDate(a), SortDate(b));
            var byEnd = byDate != 0 ? byDate : NullsLast(a.Period?.End, b.Period?.End);
            return byEnd != 0 ? byEnd : string.CompareOrdinal(a.Record.Id, b.Record.Id);
        });
        return ValueList<DatedMatch<T>>.From(matches);
    }

    private static PartialDate? SortDate<T>(DatedMatch<T> match)
        where T : class, IRecord =>
        match.Date ?? match.Period?.Start ?? match.Period?.End ?? match.RunningAsOf;

    private static int NullsLast(PartialDate? a, PartialDate? b) =>
        a is null ? (b is null ? 0 : 1) : b is null ? -1 : a.CompareTo(b);
}
