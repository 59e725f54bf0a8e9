namespace BorderCoop;

/// <summary>
/// A record that answers a date question: which of its dates the answer rests on, how that date lies against the
/// period asked about, how sure the answer is, and why in words.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <remarks>
/// <para>A small value: a window query over a large dataset can return thousands of matches, so the reason is worded
/// from the fields when <see cref="Reason"/> is read, not when the query runs. The rules it follows, and their exact
/// wording, are in <c>docs/semantics.md</c>.</para>
/// <para>Two matches are equal when every field is equal (records compared with their own equality).
/// <c>default(DatedMatch&lt;T&gt;)</c> has no record and is never returned by a query.</para>
/// </remarks>
public readonly struct DatedMatch<TRecord> : IEquatable<DatedMatch<TRecord>>
    where TRecord : class, IRecord
{
    private readonly IReadOnlyList<DateCandidate>? candidates;

    internal DatedMatch(
        TRecord record,
        DateKind dateKind,
        DateOverlap overlap,
        DateCertainty certainty,
        PartialDate? date = null,
        DateRange? period = null,
        PartialDate? runningAsOf = null,
        IReadOnlyList<DateCandidate>? candidates = null,
        (PartialDate Date, DateKind Kind)? context = null)
    {
        Record = record;
        DateKind = dateKind;
        Overlap = overlap;
        Certainty = certainty;
        Date = date;
        Period = period;
        RunningAsOf = runningAsOf;
        this.candidates = candidates;
        Context = context;
    }

    /// <summary>The matching record.</summary>
    public TRecord Record { get; }

    /// <summary>Which of the record's dates the answer rests on (<see cref="DateKind.Surrendered"/>, <see cref="DateKind.Active"/>…).</summary>
    public DateKind DateKind { get; }

    /// <summary>How that date or period lies against the period asked about; <see cref="DateOverlap.Unknown"/> when the sources give no such date.</summary>
    public DateOverlap Overlap { get; }

    /// <summary>Whether the record surely answers the question, or only may (the reason says why).</summary>
    public DateCertainty Certainty { get; }

    /// <summary>The single date the answer rests on (a signing, a surrender, an event), or null for a period or an unknown date.</summary>
    public PartialDate? Date { get; }

    /// <summary>The period the answer rests on (a program's, a figure's), or null for a single date or an unknown one.</summary>
    public DateRange? Period { get; }

    /// <summary>
    /// For a period still running when last reported: the date of the latest evidence that it was running (the
    /// report's date, or a later dated claim about it). Before that day the period is certainly running; after it, only
    /// possibly.
    /// </summary>
    public PartialDate? RunningAsOf { get; }

    /// <summary>
    /// The dates that conflicting passages give for a date the record leaves unknown or that they dispute, each with the
    /// conflict that records them; empty when no conflict gives one.
    /// </summary>
    public IReadOnlyList<DateCandidate> Candidates => candidates ?? [];

    /// <summary>Another date that bounds the answer when the one asked about is unknown: the signing, when the entry into force is not given.</summary>
    internal (PartialDate Date, DateKind Kind)? Context { get; }

    /// <summary>Why the record answers the question, in the words <c>docs/semantics.md</c> gives ("surrendered 2010-05", "ran 1997 – ongoing, running as of 2010-09, throughout the period").</summary>
    public string Reason => DateWording.Reason(DateKind, Overlap, Certainty, Date, Period, RunningAsOf, Candidates, Context);

    /// <summary>Whether both matches are of an equal record, on the same date, graded the same.</summary>
    /// <param name="left">The first match.</param>
    /// <param name="right">The second match.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(DatedMatch<TRecord> left, DatedMatch<TRecord> right) => left.Equals(right);

    /// <summary>Whether the matches differ.</summary>
    /// <param name="left">The first match.</param>
    /// <param name="right">The second match.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(DatedMatch<TRecord> left, DatedMatch<TRecord> right) => !left.Equals(right);

    /// <summary>Whether <paramref name="other"/> is a match of an equal record, on the same date, graded the same.</summary>
    /// <param name="other">The match to compare with.</param>
    /// <returns>True when every field is equal.</returns>
    public bool Equals(DatedMatch<TRecord> other) =>
        DateKind == other.DateKind && Overlap == other.Overlap && Certainty == other.Certainty
        && Equals(Record, other.Record) && Equals(Date, other.Date) && Equals(Period, other.Period)
        && Equals(RunningAsOf, other.RunningAsOf) && Equals(Context, other.Context)
        && Candidates.SequenceEqual(other.Candidates);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DatedMatch<TRecord> other && Equals(other);

    /// <summary>A hash consistent with <see cref="Equals(DatedMatch{TRecord})"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Record, DateKind, Overlap, Certainty, Date, Period, RunningAsOf);

    /// <summary>The record id, the certainty and the reason.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => Record is null ? "(no match)" : $"{Record.Id} ({Certainty}: {Reason})";
}
