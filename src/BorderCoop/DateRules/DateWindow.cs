using System.Buffers;
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
        IntervalIndex<PeriodEntry<T>> index,
        DateKind kind,
        DateInterval question,
        IReadOnlyList<T> unknown,
        DatasetIndexes indexes,
        IReadOnlyList<DisputedPeriod<T>>? disputed = null,
        Func<T, bool>? keep = null)
        where T : class, IRecord
    {
        using var matches = new PooledList<DatedMatch<T>>();
        index.Overlapping(question.Start, question.End, (PeriodEntry<T> e, out DatedMatch<T> m) =>
        {
            m = default;
            return (keep is null || keep(e.Record)) && Grade(e, kind, question, out m);
        }, matches);
        foreach (var record in unknown)
        {
            if (keep is null || keep(record))
            {
                matches.Add(Unknown(record, kind, indexes.CandidatesFor(record.Id, kind)));
            }
        }

        if (disputed is { Count: > 0 })
        {
            var positions = PositionsOf(matches, disputed.Select(d => d.Record));
            foreach (var dispute in disputed)
            {
                if (keep is null || keep(dispute.Record))
                {
                    Regrade(matches, positions, dispute, kind, question);
                }
            }

            matches.RemoveAll(static m => m.Record is null);
        }

        return InTimeOrder(matches);
    }

    /// <summary>
    /// Re-grades the records whose single date of the kind asked about conflicts dispute, under the recorded date and
    /// every date the conflicts give: listed when any may fall in the question, certain only when all surely do.
    /// </summary>
    public static void Regrade<T>(PooledList<DatedMatch<T>> matches, IReadOnlyList<DisputedDate<T>> disputed, DateKind kind, DateInterval question)
        where T : class, IRecord
    {
        var positions = PositionsOf(matches, disputed.Where(d => d.Kind == kind).Select(d => d.Record));
        foreach (var dispute in disputed)
        {
            if (dispute.Kind != kind)
            {
                continue;
            }

            var position = positions.GetValueOrDefault(dispute.Record, -1);
            var tally = default(ReadingTally);
            for (var i = -1; i < dispute.Candidates.Count; i++)
            {
                var date = i < 0 ? dispute.Date : dispute.Candidates[i].Date;
                if (Grade(dispute.Record, date, kind, question, out var reading))
                {
                    tally.Add(reading.Overlap, reading.Certainty);
                }
                else
                {
                    tally.Add(DateOverlap.Outside, DateCertainty.Uncertain);
                }
            }

            if (!tally.AnyPossible)
            {
                if (position >= 0)
                {
                    matches[position] = default; // removed below, once
                    positions.Remove(dispute.Record);
                }

                continue;
            }

            var (overlap, certainty) = (tally.Overlap, tally.Certainty);
            var regraded = new DatedMatch<T>(dispute.Record, kind, overlap, certainty, date: dispute.Date, candidates: dispute.Candidates);
            if (position >= 0)
            {
                matches[position] = regraded;
            }
            else
            {
                positions[dispute.Record] = matches.Count;
                matches.Add(regraded);
            }
        }

        matches.RemoveAll(static m => m.Record is null);
    }

    /// <summary>
    /// Grades a record whose dates conflicts dispute under every reading: listed when any may touch the question, certain
    /// only when all surely do, with the dates the conflicts give; it replaces the match its recorded dates alone gave.
    /// </summary>
    private static void Regrade<T>(PooledList<DatedMatch<T>> matches, Dictionary<T, int> positions, DisputedPeriod<T> dispute, DateKind kind, DateInterval question)
        where T : class, IRecord
    {
        var position = positions.GetValueOrDefault(dispute.Record, -1);
        var tally = default(ReadingTally);
        for (var i = 0; i < dispute.Readings.Count; i++)
        {
            var (readingOverlap, readingCertainty) = dispute.Readings[i].Grade(question);
            tally.Add(readingOverlap, readingCertainty);
        }

        if (!tally.AnyPossible)
        {
            if (position >= 0)
            {
                matches[position] = default; // removed by the caller, once
                positions.Remove(dispute.Record);
            }

            return;
        }

        var (overlap, certainty) = (tally.Overlap, tally.Certainty);
        var match = new DatedMatch<T>(dispute.Record, kind, dispute.Period is null ? DateOverlap.Unknown : overlap, certainty, period: dispute.Period, runningAsOf: dispute.RunningAsOf, candidates: dispute.Candidates);
        if (position >= 0)
        {
            matches[position] = match;
        }
        else
        {
            positions[dispute.Record] = matches.Count;
            matches.Add(match);
        }
    }

    /// <summary>
    /// Where each of <paramref name="records"/> is among the matches (one pass over them, however many disputes): a
    /// dictionary the size of the disputes, not of the answer.
    /// </summary>
    private static Dictionary<T, int> PositionsOf<T>(PooledList<DatedMatch<T>> matches, IEnumerable<T> records)
        where T : class, IRecord
    {
        var positions = new Dictionary<T, int>(ReferenceEqualityComparer.Instance);
        foreach (var record in records)
        {
            positions.TryAdd(record, -1);
        }

        if (positions.Count > 0)
        {
            var found = matches.AsSpan();
            for (var i = 0; i < found.Length; i++)
            {
                if (positions.TryGetValue(found[i].Record, out var position) && position < 0)
                {
                    positions[found[i].Record] = i; // the first match of the record, as a search from the start finds
                }
            }
        }

        return positions;
    }

    /// <summary>
    /// Sorts matches in time: by the date or period they rest on (<see cref="PartialDate"/> order: first day, then the
    /// wider span first, then exact before approximate), a period with an open or unknown start by its end, periods with
    /// the same start by their end; matches on an unknown date last; ties by record id.
    /// </summary>
    /// <remarks>
    /// The sort moves small keys, not the matches, and compares numbers, not dates or ids: each match's two dates become
    /// numbers (<see cref="PartialDate.OrderKey"/>) once, and so do the first characters of its id after the part all
    /// the ids share (the family's prefix), so only ids alike that far are compared as text. The matches are then
    /// copied once, in that order, into the answer.
    /// </remarks>
    public static ValueList<DatedMatch<T>> InTimeOrder<T>(PooledList<DatedMatch<T>> matches)
        where T : class, IRecord
    {
        var found = matches.AsSpan();
        var rented = ArrayPool<TimeKey>.Shared.Rent(found.Length);
        try
        {
            var keys = rented.AsSpan(0, found.Length);
            var shared = SharedPrefixLength(found);
            for (var i = 0; i < found.Length; i++)
            {
                var id = found[i].Record.Id;
                keys[i] = new TimeKey(KeyOf(SortDate(found[i])), KeyOf(found[i].Period?.End), TimeKey.IdKeyOf(id, shared), id, i);
            }

            keys.Sort();
            var answer = new DatedMatch<T>[found.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                answer[i] = found[keys[i].Position];
            }

            return ValueList<DatedMatch<T>>.Own(answer);
        }
        finally
        {
            ArrayPool<TimeKey>.Shared.Return(rented, clearArray: true);
        }
    }

    private static PartialDate? SortDate<T>(DatedMatch<T> match)
        where T : class, IRecord =>
        match.Date ?? match.Period?.Start ?? match.Period?.End ?? match.RunningAsOf;

    /// <summary>A date's place in time order as a number; no date sorts last.</summary>
    private static long KeyOf(PartialDate? date) => date?.OrderKey ?? long.MaxValue;

    /// <summary>How many leading characters every match's id shares with the first's (the family prefix, at least).</summary>
    private static int SharedPrefixLength<T>(ReadOnlySpan<DatedMatch<T>> matches)
        where T : class, IRecord
    {
        if (matches.IsEmpty)
        {
            return 0;
        }

        var first = matches[0].Record.Id.AsSpan();
        var shared = first.Length;
        for (var i = 1; i < matches.Length && shared > 0; i++)
        {
            shared = first[..shared].CommonPrefixLength(matches[i].Record.Id);
        }

        return shared;
    }

    /// <summary>
    /// Where a match goes in time order: its date's key, its end's key, then its id (a number made of the id's first
    /// characters past the shared prefix, then the id itself), and where it is among the matches.
    /// </summary>
    private readonly record struct TimeKey(long Date, long End, long IdStart, string Id, int Position) : IComparable<TimeKey>
    {
        private const int CharactersPacked = 9;
        private const int BitsPerCharacter = 7;

        public int CompareTo(TimeKey other)
        {
            var byDate = Date.CompareTo(other.Date);
            if (byDate != 0)
            {
                return byDate;
            }

            var byEnd = End.CompareTo(other.End);
            if (byEnd != 0)
            {
                return byEnd;
            }

            var byIdStart = IdStart.CompareTo(other.IdStart);
            return byIdStart != 0 ? byIdStart : string.CompareOrdinal(Id, other.Id);
        }

        /// <summary>
        /// The characters of <paramref name="id"/> from <paramref name="offset"/>, packed so that numbers compare as the
        /// ids do whenever they differ: each character is capped at 127 (ids are ASCII; a cap keeps the order and can
        /// only make ties), and a shorter id is padded with zeros. Equal numbers are settled by the ids themselves.
        /// </summary>
        public static long IdKeyOf(string id, int offset)
        {
            var key = 0L;
            for (var i = 0; i < CharactersPacked; i++)
            {
                var at = offset + i;
                key = (key << BitsPerCharacter) | (at < id.Length ? Math.Min((uint)id[at], 127u) : 0u);
            }

            return key;
        }
    }

    /// <summary>
    /// How the readings of a disputed date grade together, counted without a list: listed when any reading may touch
    /// the question; with the overlap they share only when every reading touches it and all the same way (else
    /// partly); certain only when every reading surely does.
    /// </summary>
    private struct ReadingTally
    {
        private int readings;
        private int possible;
        private DateOverlap first;
        private bool sameOverlap;
        private bool allCertain;

        public readonly bool AnyPossible => possible > 0;

        public readonly DateOverlap Overlap => possible == readings && sameOverlap ? first : DateOverlap.PartlyOverlaps;

        public readonly DateCertainty Certainty => possible == readings && allCertain ? DateCertainty.Certain : DateCertainty.Uncertain;

        public void Add(DateOverlap overlap, DateCertainty certainty)
        {
            readings++;
            if (overlap == DateOverlap.Outside)
            {
                return;
            }

            if (possible++ == 0)
            {
                (first, sameOverlap, allCertain) = (overlap, true, true);
            }
            else if (overlap != first)
            {
                sameOverlap = false;
            }

            allCertain &= certainty == DateCertainty.Certain;
        }
    }
}
