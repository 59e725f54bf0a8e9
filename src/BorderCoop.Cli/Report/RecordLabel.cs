namespace BorderCoop.Cli.Report;

/// <summary>What the report calls a record: its title or name, in the words of the data.</summary>
internal static class RecordLabel
{
    /// <summary>
    /// The title, name or description of <paramref name="record"/>; an extradition case is named after its person and
    /// direction, and a figure after what it measures and its value.
    /// </summary>
    public static string Of(BorderCoopData data, IRecord record) => record switch
    {
        Source source => source.Title ?? source.FileName,
        Agency agency => agency.EnglishName,
        Person person => person.Name,
        Agreement agreement => agreement.Title,
        CooperationProgram program => program.Name,
        ExtraditionCase extradition => $"{PersonName(data, extradition.PersonId)} ({Direction(extradition.From, extradition.To)})",
        ExtraditionFigure figure => $"{Direction(figure.From, figure.To)} {EnumText.Of(figure.Measure)}: {figure.Value}",
        BudgetLine line => line.Description,
        Figure figure => $"{figure.Measure}: {figure.Value}",
        Event evt => evt.Title,
        Conflict conflict => conflict.Title,
        _ => record.Id,
    };

    /// <summary>The short name of an agency for a crowded chart: its first English acronym, else its first Spanish one, else its English name.</summary>
    public static string ShortName(Agency agency) =>
        agency.EnglishAcronyms.Count > 0 ? agency.EnglishAcronyms[0]
        : agency.SpanishAcronyms.Count > 0 ? agency.SpanishAcronyms[0]
        : agency.EnglishName;

    /// <summary>A direction between two countries: <c>MX→US</c>.</summary>
    public static string Direction(string from, string to) => $"{from}→{to}";

    private static string PersonName(BorderCoopData data, string personId) =>
        data.TryGet<Person>(personId, out var person) ? person.Name : personId;
}
