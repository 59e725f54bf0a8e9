namespace BorderCoop;

/// <summary>
/// A record whose start or end conflicting passages give differently: every reading of its period under the recorded
/// dates and under each date a conflict gives, graded together so that the answer holds under all of them or says it
/// may not.
/// </summary>
/// <param name="Record">The record.</param>
/// <param name="Period">The period as recorded, or null when the sources give none.</param>
/// <param name="RunningAsOf">The latest evidence an open period was still running.</param>
/// <param name="Readings">The readings: the recorded period's (or, with none, every day) and each alternative's.</param>
/// <param name="Candidates">The dates the conflicts give, with their conflicts.</param>
internal sealed record DisputedPeriod<T>(T Record, DateRange? Period, PartialDate? RunningAsOf, ValueList<PeriodBounds> Readings, ValueList<DateCandidate> Candidates)
    where T : class, IRecord
{
    /// <summary>
    /// The records among <paramref name="items"/> that conflicts give another start (<paramref name="startKind"/>) or
    /// end (<paramref name="endKind"/>) for, each with every reading; alternatives that would end before they start are
    /// left out.
    /// </summary>
    public static ValueList<DisputedPeriod<T>> Find(
        IEnumerable<(T Record, DateRange? Period, PartialDate? RunningAsOf)> items, DatasetIndexes indexes, DateKind startKind, DateKind endKind)
    {
        var disputed = new List<DisputedPeriod<T>>();
        foreach (var (record, period, runningAsOf) in items)
        {
            var starts = indexes.ExplicitCandidatesFor(record.Id, startKind);
            var ends = indexes.ExplicitCandidatesFor(record.Id, endKind);
            if (starts.Count == 0 && ends.Count == 0)
            {
                continue;
            }

            var readings = new List<PeriodBounds>
            {
                period is not null ? PeriodBounds.Of(period, runningAsOf) : new PeriodBounds(NodaTime.LocalDate.MinIsoValue, NodaTime.LocalDate.MaxIsoValue, NodaTime.LocalDate.MinIsoValue, NodaTime.LocalDate.MaxIsoValue),
            };
            foreach (var start in starts)
            {
                if (Alternative(start.Date, period?.End, period is null ? DateBoundKind.Unknown : period.EndKind) is { } alternative)
                {
                    readings.Add(PeriodBounds.Of(alternative, runningAsOf));
                }
            }

            foreach (var end in ends)
            {
                if (Alternative(period?.Start, end.Date, DateBoundKind.Known, period?.StartKind ?? DateBoundKind.Unknown) is { } alternative)
                {
                    readings.Add(PeriodBounds.Of(alternative));
                }
            }

            disputed.Add(new DisputedPeriod<T>(record, period, runningAsOf, ValueList<PeriodBounds>.From(readings), ValueList<DateCandidate>.From([.. starts, .. ends])));
        }

        return ValueList<DisputedPeriod<T>>.From(disputed);
    }

    private static DateRange? Alternative(PartialDate? start, PartialDate? end, DateBoundKind endKind, DateBoundKind startKind = DateBoundKind.Known) =>
        start is not null && end is not null && end.End < start.Start
            ? null
            : new DateRange(start, end, isStartOpen: start is null && startKind == DateBoundKind.Open, isEndOpen: end is null && endKind == DateBoundKind.Open);
}
