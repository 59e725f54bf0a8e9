using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The date rules of <c>docs/semantics.md</c>, written again from the records' public properties so that the LINQ
/// baselines and the SQLite mirror do not borrow the library's internals: the days a partial date can be, the
/// readings of a period, how a reading lies against a question, the latest evidence that an open program was still
/// running, and the days of a surrender narrowed by the steps before it.
/// </summary>
/// <remarks>
/// <see cref="LocalDate.MinIsoValue"/> and <see cref="LocalDate.MaxIsoValue"/> stand for "no limit", as in the
/// library; the mirror stores them as <see cref="SqliteMirror.UnboundedStart"/> and <see cref="SqliteMirror.UnboundedEnd"/>.
/// </remarks>
internal static class DateReadings
{
    /// <summary>The first day of the date as written, bound aside: 2007-01-01 for "by January 2007".</summary>
    public static LocalDate NamedStart(PartialDate date) => new(date.Year, date.Month ?? 1, date.Day ?? 1);

    /// <summary>The last day of the date as written, bound aside: 2007-01-31 for "by January 2007".</summary>
    public static LocalDate NamedEnd(PartialDate date) =>
        date.Day is not null ? NamedStart(date)
        : date.Month is { } month ? new LocalDate(date.Year, month, CalendarSystem.Iso.GetDaysInMonth(date.Year, month))
        : new LocalDate(date.Year, 12, 31);

    /// <summary>
    /// The earliest day a date can be: none for "by …" (on or before); otherwise its first day, one unit of its
    /// precision earlier when it is approximate ("c. 2004" from 2003-01-01, "c. January 1996" from 1995-12-01).
    /// </summary>
    public static LocalDate Earliest(PartialDate date)
    {
        if (date.Qualifier == DateQualifier.OnOrBefore)
        {
            return LocalDate.MinIsoValue;
        }

        var start = NamedStart(date);
        return !date.IsApproximate ? start : date.Precision switch
        {
            DatePrecision.Day => start.PlusDays(-1),
            DatePrecision.Month => start.PlusMonths(-1),
            _ => date.Year > PartialDate.MinimumYear ? start.PlusYears(-1) : start,
        };
    }

    /// <summary>The latest day a date can be: none for "… or later"; otherwise its last day, one unit of its precision later when approximate.</summary>
    public static LocalDate Latest(PartialDate date)
    {
        if (date.Qualifier == DateQualifier.OnOrAfter)
        {
            return LocalDate.MaxIsoValue;
        }

        var end = NamedEnd(date);
        if (!date.IsApproximate)
        {
            return end;
        }

        switch (date.Precision)
        {
            case DatePrecision.Day:
                return end.PlusDays(1);
            case DatePrecision.Month:
                var next = end.PlusDays(1);
                return new LocalDate(next.Year, next.Month, CalendarSystem.Iso.GetDaysInMonth(next.Year, next.Month));
            default:
                return date.Year < PartialDate.MaximumYear ? end.PlusYears(1) : end;
        }
    }

    /// <summary>The readings of a single date: it starts and ends on the same, partly known, day.</summary>
    public static Readings Of(PartialDate date) => new(Earliest(date), Latest(date), Earliest(date), Latest(date));

    /// <summary>
    /// The readings of a period: an unknown or open side reaches as far as it might; an open end reaches at least to
    /// the latest evidence that it was running (<paramref name="runningAsOf"/>), and the period had started by then;
    /// no reading ends before it starts.
    /// </summary>
    public static Readings Of(DateRange period, PartialDate? runningAsOf = null)
    {
        var earliestStart = period.Start is { } start ? Earliest(start) : LocalDate.MinIsoValue;
        var latestEnd = period.End is { } end ? Latest(end) : LocalDate.MaxIsoValue;
        var latestStart = period.StartKind switch
        {
            DateBoundKind.Known => Latest(period.Start!),
            DateBoundKind.Open => LocalDate.MinIsoValue, // it reaches back without limit: it had started before any day asked about
            _ => latestEnd,
        };
        var earliestEnd = period.EndKind == DateBoundKind.Known ? Earliest(period.End!) : earliestStart;

        // A report from before the period can have started is no evidence of it running.
        if (runningAsOf is not null && Latest(runningAsOf) < earliestStart)
        {
            runningAsOf = null;
        }

        if (period.EndKind == DateBoundKind.Open && runningAsOf is not null)
        {
            earliestEnd = Earliest(runningAsOf);
            latestStart = LocalDate.Min(latestStart, Latest(runningAsOf));
        }

        return new(earliestStart, LocalDate.Min(latestStart, latestEnd), LocalDate.Max(earliestEnd, earliestStart), latestEnd);
    }

    /// <summary>
    /// The readings of the period a figure counts: counted whole, so a side given exactly (neither approximate nor a
    /// bound) is its first or last day, not an uncertain day within it.
    /// </summary>
    public static Readings OfCount(DateRange period)
    {
        var readings = Of(period);
        var latestStart = period.Start is { IsApproximate: false, Qualifier: DateQualifier.Exact } start ? NamedStart(start) : readings.LatestStart;
        var earliestEnd = period.End is { IsApproximate: false, Qualifier: DateQualifier.Exact } end ? NamedEnd(end) : readings.EarliestEnd;
        return readings with { LatestStart = LocalDate.Min(latestStart, readings.LatestEnd), EarliestEnd = LocalDate.Max(earliestEnd, readings.EarliestStart) };
    }

    /// <summary>The readings of a program with no period that a dated report finds running: it had started by then and ran at least until then.</summary>
    public static Readings RunningOn(PartialDate runningAsOf) =>
        new(LocalDate.MinIsoValue, Latest(runningAsOf), Earliest(runningAsOf), LocalDate.MaxIsoValue);

    /// <summary>
    /// The latest dated evidence that an open program was still running: of the sources that cite it (a source known
    /// only to be published "by" some day does not count) and the figures about it counted as of a day, the one
    /// whose earliest day is latest, the first given on a tie. Null for a program that is not open (a known or unknown
    /// end), or that has no period and is not active.
    /// </summary>
    public static PartialDate? RunningAsOf(CooperationProgram program, IReadOnlyDictionary<string, Source> sources, ILookup<string, Figure> figuresByProgram)
    {
        var open = program.Period is null ? program.Status == ProgramStatus.Active : program.Period.EndKind == DateBoundKind.Open;
        if (!open)
        {
            return null;
        }

        var evidence = program.Citations
            .Select(c => sources.TryGetValue(c.SourceId, out var source) ? source.Published : null)
            .Where(p => p is not null && p.Qualifier != DateQualifier.OnOrBefore)
            .Concat(figuresByProgram[program.Id].Select(f => f.AsOf).Where(a => a is not null));
        PartialDate? latest = null;
        foreach (var date in evidence)
        {
            if (latest is null || Earliest(date!) > Earliest(latest))
            {
                latest = date;
            }
        }

        return latest;
    }

    /// <summary>
    /// The days a surrender can be, once the stated order of the steps applies: not before the first possible day of
    /// any dated step before it (arrest, request, grant).
    /// </summary>
    public static (LocalDate Earliest, LocalDate Latest) SurrenderDays(ExtraditionCase extradition, PartialDate surrendered)
    {
        var earliest = Earliest(surrendered);
        foreach (var before in new[] { extradition.Arrested, extradition.Requested, extradition.Granted })
        {
            if (before is not null && Earliest(before) > earliest)
            {
                earliest = Earliest(before);
            }
        }

        return (earliest, LocalDate.Max(earliest, Latest(surrendered)));
    }

    /// <summary>Whether an extradition case without a surrender date may have been surrendered in <paramref name="question"/>.</summary>
    /// <remarks>
    /// The outcome must allow a surrender (surrendered, or not known), and the surrender cannot come before the first
    /// possible day of any dated step before it (arrest, request, grant), each of which must be able to fall on or before
    /// the question's last day.
    /// </remarks>
    public static bool MayBeSurrenderedIn(ExtraditionCase extradition, DateInterval question) =>
        extradition.Outcome is ExtraditionOutcome.Surrendered or ExtraditionOutcome.Unknown
        && new[] { extradition.Arrested, extradition.Requested, extradition.Granted }.All(before => before is null || Earliest(before) <= question.End);

    /// <summary>
    /// Sorts matches in time, as the library returns dated answers: by the date each rests on in the order of
    /// <see cref="PartialDate"/>, those with none last, ties by record id.
    /// </summary>
    public static List<(T Record, DateCertainty Certainty)> InTimeOrder<T>(IEnumerable<(T Record, DateCertainty Certainty, PartialDate? Date)> matches)
        where T : IRecord =>
        InTimeOrder(matches.Select(m => (m.Record, m.Certainty, m.Date, (PartialDate?)null)));

    /// <summary>As above, periods with the same start ordered by their end (unknown ends after known ones).</summary>
    public static List<(T Record, DateCertainty Certainty)> InTimeOrder<T>(IEnumerable<(T Record, DateCertainty Certainty, PartialDate? Date, PartialDate? End)> matches)
        where T : IRecord
    {
        var list = matches.ToList();
        list.Sort(static (a, b) =>
        {
            var byDate = NullsLast(a.Date, b.Date);
            var byEnd = byDate != 0 ? byDate : NullsLast(a.End, b.End);
            return byEnd != 0 ? byEnd : string.CompareOrdinal(a.Record.Id, b.Record.Id);
        });
        return list.ConvertAll(m => (m.Record, m.Certainty));
    }

    private static int NullsLast(PartialDate? a, PartialDate? b) => a is null ? (b is null ? 0 : 1) : b is null ? -1 : a.CompareTo(b);

    /// <summary>
    /// Every reading of a date or period as four days: the earliest and latest it can start, the earliest and latest
    /// it can end.
    /// </summary>
    internal readonly record struct Readings(LocalDate EarliestStart, LocalDate LatestStart, LocalDate EarliestEnd, LocalDate LatestEnd)
    {
        /// <summary>
        /// How sure a record with these readings answers <paramref name="question"/>: null when no reading touches it;
        /// certain when every reading does (it starts by the question's last day at the latest and ends on its first
        /// day at the earliest); otherwise uncertain.
        /// </summary>
        public DateCertainty? Grade(DateInterval question) =>
            LatestEnd < question.Start || EarliestStart > question.End ? null
            : LatestStart <= question.End && EarliestEnd >= question.Start ? DateCertainty.Certain
            : DateCertainty.Uncertain;
    }
}
