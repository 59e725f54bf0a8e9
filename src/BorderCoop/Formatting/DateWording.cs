namespace BorderCoop;

/// <summary>
/// Words the reason of a <see cref="DatedMatch{TRecord}"/>: the one place where the sentences that
/// <c>docs/semantics.md</c> lists are written.
/// </summary>
internal static class DateWording
{
    /// <summary>What happened on a date of this kind, as a verb phrase before the date ("surrendered", "ran").</summary>
    public static string Verb(DateKind kind) => kind switch
    {
        DateKind.Signed => "signed",
        DateKind.Issued => "issued",
        DateKind.InForce => "entered into force",
        DateKind.Started => "started",
        DateKind.Ended => "ended",
        DateKind.Active => "ran",
        DateKind.Arrested => "arrested",
        DateKind.Requested => "extradition requested",
        DateKind.Granted => "extradition granted",
        DateKind.Surrendered => "surrendered",
        DateKind.Event => "dated",
        DateKind.TookOffice => "took office",
        DateKind.LeftOffice => "left office",
        DateKind.Published => "published",
        DateKind.Counted => "counts",
        DateKind.Held => "held",
        _ => Display.Name(kind),
    };

    /// <summary>The date of this kind as a noun, after "no date of" ("surrender", "entry into force").</summary>
    public static string Noun(DateKind kind) => kind switch
    {
        DateKind.Signed => "signing",
        DateKind.Issued => "issue",
        DateKind.InForce => "entry into force",
        DateKind.Started => "start",
        DateKind.Ended => "end",
        DateKind.Active or DateKind.Counted or DateKind.Held => "period",
        DateKind.Arrested => "arrest",
        DateKind.Requested => "request",
        DateKind.Granted => "grant",
        DateKind.Surrendered => "surrender",
        DateKind.Event => "the event",
        DateKind.TookOffice => "taking office",
        DateKind.LeftOffice => "leaving office",
        DateKind.Published => "publication",
        _ => Display.Name(kind),
    };

    /// <summary>The reason of a match, from its fields.</summary>
    public static string Reason(
        DateKind kind,
        DateOverlap overlap,
        DateCertainty certainty,
        PartialDate? date,
        DateRange? period,
        PartialDate? runningAsOf,
        IReadOnlyList<DateCandidate> candidates,
        (PartialDate Date, DateKind Kind)? context)
    {
        if (candidates.Count > 0 && overlap != DateOverlap.Unknown && certainty == DateCertainty.Uncertain && (period is not null || date is not null))
        {
            // A disputed date: the conflict, not the precision of the recorded date, is why it only may overlap.
            var recorded = period is not null ? Display.Period(period) : Display.Date(date);
            return $"{Verb(kind)} {recorded} as recorded{Conflicting(candidates, unknown: false, certainty)}";
        }

        var text = overlap == DateOverlap.Unknown ? Unknown(kind, runningAsOf, context)
            : date is not null ? SingleDate(kind, certainty, date)
            : period is not null ? Period(kind, overlap, certainty, period, runningAsOf)
            : runningAsOf is not null ? Running(overlap, certainty, runningAsOf)
            : $"no date of {Noun(kind)}";
        return candidates.Count == 0 ? text : text + Conflicting(candidates, overlap == DateOverlap.Unknown, certainty);
    }

    private static string Unknown(DateKind kind, PartialDate? runningAsOf, (PartialDate Date, DateKind Kind)? context)
    {
        var known = context is { } c ? $"{Verb(c.Kind)} {Display.Date(c.Date)}; " : string.Empty;
        var running = runningAsOf is not null ? $"; it was reported running as of {AsOf(runningAsOf)}" : string.Empty;
        var noun = kind switch
        {
            DateKind.Event => "date",
            DateKind.Active or DateKind.Counted or DateKind.Held => "period",
            _ => "date of " + Noun(kind),
        };
        return $"{known}the sources give no {noun}{running}";
    }

    private static string SingleDate(DateKind kind, DateCertainty certainty, PartialDate date)
    {
        var shown = Display.Date(date);
        if (kind == DateKind.InForce)
        {
            return certainty == DateCertainty.Certain ? $"in force since {shown}" : $"entered into force {shown}, which may be after that day";
        }

        return certainty == DateCertainty.Certain ? $"{Verb(kind)} {shown}" : $"{Verb(kind)} {shown}, which may fall outside the period";
    }

    private static string Period(DateKind kind, DateOverlap overlap, DateCertainty certainty, DateRange period, PartialDate? runningAsOf)
    {
        var running = runningAsOf is not null && period.EndKind == DateBoundKind.Open ? $", running as of {AsOf(runningAsOf)}" : string.Empty;
        var stated = $"{Verb(kind)} {Display.Period(period)}{running}";
        return (overlap, certainty) switch
        {
            (DateOverlap.Within, _) => stated + ", within the period",
            (DateOverlap.Covers, _) => stated + ", throughout the period",
            (_, DateCertainty.Certain) => stated + ", which partly overlaps the period",
            _ => $"{stated}; {WhyUncertain(period, runningAsOf)}, so it may not overlap the period",
        };
    }

    private static string Running(DateOverlap overlap, DateCertainty certainty, PartialDate runningAsOf)
    {
        var stated = $"reported running as of {AsOf(runningAsOf)}";
        return certainty == DateCertainty.Certain && overlap != DateOverlap.PartlyOverlaps
            ? stated
            : certainty == DateCertainty.Certain ? stated + ", which falls in the period"
            : $"the sources give no period; {stated}, so it may not overlap the period";
    }

    /// <summary>Why a period only may overlap: which of its ends is unknown, open, approximate, a bound or coarse.</summary>
    public static string WhyUncertain(DateRange period, PartialDate? runningAsOf)
    {
        var reasons = new List<string>(2);
        if (period.StartKind == DateBoundKind.Unknown)
        {
            reasons.Add("its start is not given");
        }
        else if (period.Start is { } start && (start.IsApproximate || start.IsBound))
        {
            reasons.Add(start.IsBound ? "its start is given only as a bound" : "its start is approximate");
        }

        if (period.EndKind == DateBoundKind.Open)
        {
            reasons.Add(runningAsOf is not null
                ? $"it was last reported running as of {AsOf(runningAsOf)}"
                : "it was still under way when last reported, and that report is not dated");
        }
        else if (period.EndKind == DateBoundKind.Unknown)
        {
            reasons.Add("its end is not given");
        }
        else if (period.End is { } end && (end.IsApproximate || end.IsBound))
        {
            reasons.Add(end.IsBound ? "its end is given only as a bound" : "its end is approximate");
        }

        if (reasons.Count == 0)
        {
            reasons.Add("its dates are not known to the day");
        }

        return string.Join(" and ", reasons);
    }

    /// <summary>
    /// The date of the latest evidence, as the day it certainly reaches: a report dated "2010-09 or later" shows the
    /// period running in September 2010 at least, so it reads "as of 2010-09".
    /// </summary>
    private static string AsOf(PartialDate evidence) => Display.Date(evidence.Qualifier == DateQualifier.OnOrAfter ? evidence.WithoutBound() : evidence);

    private static string Conflicting(IReadOnlyList<DateCandidate> candidates, bool unknown, DateCertainty certainty)
    {
        var dates = string.Join(" or ", candidates.Select(c => Display.Date(c.Date)).Distinct(StringComparer.Ordinal));
        var conflicts = string.Join(", ", candidates.Select(c => c.ConflictId).Distinct(StringComparer.Ordinal));
        return unknown ? $"; conflicting passages give {dates} ({conflicts})"
            : certainty == DateCertainty.Certain ? $"; conflicting passages give {dates} ({conflicts}), and it holds for each"
            : $"; conflicting passages give {dates} ({conflicts}), so it may or may not overlap the period";
    }
}
