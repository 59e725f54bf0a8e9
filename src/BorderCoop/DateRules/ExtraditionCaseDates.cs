using NodaTime;

namespace BorderCoop;

/// <summary>The dated steps of an extradition case, in the order they happen, and which steps a case's outcome rules out.</summary>
internal static class ExtraditionCaseDates
{
    /// <summary>The steps of a case, in the order they happen: arrest, request, grant, surrender.</summary>
    public static readonly DateKind[] StepKinds = [DateKind.Arrested, DateKind.Requested, DateKind.Granted, DateKind.Surrendered];

    /// <summary>The date of one step, or null when the sources do not give it.</summary>
    public static PartialDate? DateOf(ExtraditionCase extradition, DateKind step) => step switch
    {
        DateKind.Arrested => extradition.Arrested,
        DateKind.Requested => extradition.Requested,
        DateKind.Granted => extradition.Granted,
        DateKind.Surrendered => extradition.Surrendered,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a step of an extradition case: use arrested, requested, granted or surrendered."),
    };

    /// <summary>Every dated step of a case.</summary>
    public static IEnumerable<(ExtraditionCase Case, PartialDate Date, DateKind Step)> Steps(ExtraditionCase extradition)
    {
        foreach (var step in StepKinds)
        {
            if (DateOf(extradition, step) is { } date)
            {
                yield return (extradition, date, step);
            }
        }
    }

    /// <summary>
    /// Every dated step of a case with the days it can be, narrowed by the stated order of the steps: a step cannot come
    /// before an earlier step's first possible day, nor after a later step's last possible day. A surrender "a few days
    /// later" (<c>1996-01~</c>, which alone may be 1995-12-01 to 1996-02-29) after an arrest on 1996-01-14 can only be
    /// 1996-01-14 to 1996-02-29.
    /// </summary>
    public static IEnumerable<StepDate> OrderedSteps(ExtraditionCase extradition)
    {
        var steps = Steps(extradition).ToArray();
        for (var i = 0; i < steps.Length; i++)
        {
            var earliest = steps[i].Date.EarliestDay;
            var latest = steps[i].Date.LatestDay;
            for (var j = 0; j < i; j++)
            {
                earliest = LocalDate.Max(earliest, steps[j].Date.EarliestDay);
            }

            for (var j = i + 1; j < steps.Length; j++)
            {
                latest = LocalDate.Min(latest, steps[j].Date.LatestDay);
            }

            yield return new StepDate(extradition, steps[i].Step, steps[i].Date, earliest, LocalDate.Max(earliest, latest));
        }
    }

    /// <summary>
    /// Whether the case can have a step the sources give no date for: a surrender is ruled out by an outcome that is
    /// not a surrender (still requested, pending, denied, granted then annulled), a grant by one still requested or
    /// denied. Everything else may have happened without a date in the sources.
    /// </summary>
    public static bool MayHave(ExtraditionCase extradition, DateKind step) => step switch
    {
        DateKind.Surrendered => extradition.Outcome is ExtraditionOutcome.Surrendered or ExtraditionOutcome.Unknown,
        DateKind.Granted => extradition.Outcome is not (ExtraditionOutcome.Requested or ExtraditionOutcome.Denied),
        _ => true,
    };

    /// <summary>
    /// The latest dated step before <paramref name="step"/>: a step the sources leave undated cannot have happened
    /// before it (a surrender comes after the arrest), so it bounds the undated one from below.
    /// </summary>
    public static (PartialDate Date, DateKind Kind)? LatestStepBefore(ExtraditionCase extradition, DateKind step)
    {
        (PartialDate Date, DateKind Kind)? latest = null;
        foreach (var earlier in StepKinds)
        {
            if (earlier == step)
            {
                break;
            }

            if (DateOf(extradition, earlier) is { } date)
            {
                latest = (date, earlier);
            }
        }

        return latest;
    }

    /// <summary>Whether an undated <paramref name="step"/> can still fall in <paramref name="question"/>, given the steps dated before it.</summary>
    public static bool CanFallIn(ExtraditionCase extradition, DateKind step, DateInterval question)
    {
        // Not before the first possible day of any dated step before it: an approximate grant may be earlier than the arrest.
        foreach (var earlier in StepKinds)
        {
            if (earlier == step)
            {
                break;
            }

            if (DateOf(extradition, earlier) is { } date && date.EarliestDay > question.End)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>One dated step of an extradition case, with the days it can be once the order of the steps is applied.</summary>
/// <param name="Case">The case.</param>
/// <param name="Step">Which step.</param>
/// <param name="Date">The date the sources give.</param>
/// <param name="EarliestDay">The first day it can be.</param>
/// <param name="LatestDay">The last day it can be.</param>
internal readonly record struct StepDate(ExtraditionCase Case, DateKind Step, PartialDate Date, LocalDate EarliestDay, LocalDate LatestDay);
