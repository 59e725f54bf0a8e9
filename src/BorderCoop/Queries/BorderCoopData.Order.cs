namespace BorderCoop;

/// <summary>Lists of records in time order.</summary>
public sealed partial class BorderCoopData
{
    /// <summary>
    /// <paramref name="records"/> in time order, each placed by the date its family is listed by: an agreement by its
    /// signing (or issue, or entry into force), a program by its start, an extradition case by its first dated step, a
    /// figure by its period or as-of day, a budget line by its fiscal year, an event by its date.
    /// </summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <param name="records">The records, in any order.</param>
    /// <returns>
    /// The records in <see cref="PartialDate"/> order (first day of the date named, a wider span first, exact before
    /// approximate); those with no such date last; ties in the order given. The collections of a dataset
    /// (<see cref="Agreements"/>, <see cref="Programs"/>…) are in the order of the data files; use this for time.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IReadOnlyList<TRecord> InTimeOrder<TRecord>(IEnumerable<TRecord> records)
        where TRecord : class, IRecord
    {
        ArgumentNullException.ThrowIfNull(records);
        return ValueList<TRecord>.From(records
            .Select((record, position) => (Record: record, Date: RecordDates.ListedBy(record), Position: position))
            .OrderBy(r => r.Date is null)
            .ThenBy(r => r.Date)
            .ThenBy(r => r.Position)
            .Select(r => r.Record));
    }

    /// <summary>
    /// The statistics (<see cref="Figure"/>: seizures, deaths, counts of teams) whose period or as-of day may fall in
    /// <paramref name="period"/> (date kind <see cref="DateKind.Counted"/>), each with how its period lies against the
    /// question, under the rules of <c>docs/semantics.md</c>.
    /// </summary>
    /// <param name="period">The days asked about, inclusive.</param>
    /// <returns>The matches in time order, then, as uncertain, the figures the sources give no period or date for.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public IReadOnlyList<DatedMatch<Figure>> FiguresDuring(NodaTime.DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (dated, unknown) = Indexes.FiguresByPeriod;
        return DateWindow.Periods(dated, DateKind.Counted, period, unknown, Indexes);
    }

    /// <summary>
    /// The events that may have happened in <paramref name="period"/> (date kind <see cref="DateKind.Event"/>): those whose
    /// date may fall in it, graded, and then, as uncertain, every event the sources give no date for. The timeline
    /// lists only dated moments; this is the question that never drops an undated event that may belong.
    /// </summary>
    /// <param name="period">The days asked about, inclusive.</param>
    /// <returns>The matches in time order, undated events last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public IReadOnlyList<DatedMatch<Event>> EventsDuring(NodaTime.DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (dated, unknown) = Indexes.EventsByDate;
        using var matches = new PooledList<DatedMatch<Event>>();
        dated.Overlapping(period.Start, period.End, (Event e, out DatedMatch<Event> m) => DateWindow.Grade(e, e.Date!, DateKind.Event, period, out m), matches);
        foreach (var evt in unknown)
        {
            matches.Add(DateWindow.Unknown(evt, DateKind.Event, Indexes.CandidatesFor(evt.Id, DateKind.Event)));
        }

        return DateWindow.InTimeOrder(matches);
    }
}
