namespace BorderCoop;

/// <summary>
/// The date each family of records is placed by in a list, when no question picks one: the one place that says a case
/// is placed by its first dated step, a program by its start, a figure by its period or as-of day.
/// </summary>
internal static class RecordDates
{
    /// <summary>The date a record is listed by, or null when it has none (it then comes last).</summary>
    public static PartialDate? ListedBy(IRecord record) => record switch
    {
        Agreement a => a.Signed ?? a.Issued ?? a.InForce,
        CooperationProgram p => p.Period?.Start ?? p.Period?.End,
        ExtraditionCase c => c.Arrested ?? c.Requested ?? c.Granted ?? c.Surrendered,
        ExtraditionFigure f => f.Period?.Start ?? f.Period?.End ?? f.AsOf,
        Figure f => f.Period?.Start ?? f.Period?.End ?? f.AsOf,
        BudgetLine b => b.FiscalYear is { } year ? PartialDate.FromLocalDate(year.Start) : b.Period?.Start ?? b.Period?.End,
        Event e => e.Date,
        Source s => s.Published,
        Person p => p.Roles.Select(r => r.Period?.Start).OfType<PartialDate>().Min(),
        RoleHolder h => h.Role.Period?.Start ?? h.Role.Period?.End,
        _ => null,
    };
}
