namespace BorderCoop.Cli.Formatting;

/// <summary>The words a person would use for a record in a table: its name or title, or for a figure what it counts.</summary>
internal static class RecordLabel
{
    /// <summary>
    /// The record's name, title or, for records without one, a short description of what it states; an extradition
    /// case is named by its person, looked up in <paramref name="data"/>.
    /// </summary>
    public static string Of(IRecord record, BorderCoopData data) => record switch
    {
        Source s => s.Title ?? s.FileName,
        Agency a => a.EnglishAcronyms.Count > 0 ? $"{a.EnglishName} ({a.EnglishAcronyms[0]})" : a.EnglishName,
        Person p => p.Name,
        Agreement a => a.Title,
        CooperationProgram p => p.Name,
        ExtraditionCase c => $"{(data.Find(c.PersonId) as Person)?.Name ?? c.PersonId}, {c.From}→{c.To}",
        ExtraditionFigure f => $"{f.Measure} {f.From}→{f.To}: {f.Value}",
        BudgetLine b => b.Description,
        Figure f => f.Subject is null ? $"{f.Measure}: {f.Value}" : $"{f.Measure} ({f.Subject}): {f.Value}",
        Event e => e.Title,
        Conflict c => c.Title,
        _ => record.Id,
    };

    /// <summary>The family of a record in lower-case words, such as <c>extradition case</c>.</summary>
    public static string FamilyOf(IRecord record) => record switch
    {
        Source => "source",
        Agency => "agency",
        Person => "person",
        Agreement => "agreement",
        CooperationProgram => "program",
        ExtraditionCase => "extradition case",
        ExtraditionFigure => "extradition figure",
        BudgetLine => "budget line",
        Figure => "figure",
        Event => "event",
        Conflict => "conflict",
        _ => "record",
    };
}
