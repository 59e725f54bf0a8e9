namespace BorderCoop;

/// <summary>
/// One dated moment of one record on the merged timeline: an agreement's signing, a program's start, an arrest,
/// an event. A record with several dates (signed, then in force) has one entry per date.
/// </summary>
/// <remarks>Entries order by <see cref="PartialDate"/> (wider spans first at the same start), then by record id and what.</remarks>
public sealed record TimelineEntry : IComparable<TimelineEntry>
{
    internal TimelineEntry(PartialDate date, DateKind kind, string what, IRecord record)
    {
        Date = date;
        Kind = kind;
        What = what;
        Record = record;
    }

    /// <summary>When, at the precision the sources give (shown as <c>1996</c>, <c>1996-03</c>, <c>2009~</c>).</summary>
    public PartialDate Date { get; }

    /// <summary>Which dated moment of the record this is, for filtering (see <see cref="BorderCoopData.TimelineFor"/>).</summary>
    public DateKind Kind { get; }

    /// <summary>Which date of the record this is, in words: "signed", "in force", "started", "ended", "arrested", "surrendered", "took office: Attorney General", or an event's kind ("court-ruling").</summary>
    public string What { get; }

    /// <summary>The record the date belongs to.</summary>
    public IRecord Record { get; }

    /// <summary>Compares by date, then record id, then <see cref="What"/>; null sorts first.</summary>
    /// <param name="other">The entry to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(TimelineEntry? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byDate = Date.CompareTo(other.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        var byId = string.CompareOrdinal(Record.Id, other.Record.Id);
        return byId != 0 ? byId : string.CompareOrdinal(What, other.What);
    }

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(TimelineEntry? left, TimelineEntry? right) => NullableOrder.Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(TimelineEntry? left, TimelineEntry? right) => NullableOrder.Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> comes before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(TimelineEntry? left, TimelineEntry? right) => NullableOrder.Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(TimelineEntry? left, TimelineEntry? right) => NullableOrder.Compare(left, right) >= 0;

    /// <summary>The date, what happened and the record id, such as <c>1987-12 signed agreement/mou-information-exchange-1987</c>.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Date} {What} {Record.Id}";
}
