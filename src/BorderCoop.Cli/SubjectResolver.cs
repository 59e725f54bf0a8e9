namespace BorderCoop.Cli;

/// <summary>
/// Turns what a user types for an agency or a person (an id, a name, an acronym or an alias, in any case, with or
/// without accents) into the one record it means, or says why it cannot.
/// </summary>
internal static class SubjectResolver
{
    /// <summary>The id of the agency <paramref name="text"/> names: its id, or the single agency whose name, acronym or alias it is.</summary>
    /// <exception cref="CliNoAnswerException">No agency matches.</exception>
    /// <exception cref="CliUsageException">Several agencies match; the message lists their ids.</exception>
    public static string Agency(BorderCoopData data, string text) =>
        Resolve(text, "agency", data.Find(text) is Agency agency ? [agency] : data.FindAgencies(text));

    /// <summary>The id of the person <paramref name="text"/> names: their id, or the single person whose name or alias it is.</summary>
    /// <exception cref="CliNoAnswerException">No person matches.</exception>
    /// <exception cref="CliUsageException">Several people match; the message lists their ids.</exception>
    public static string Person(BorderCoopData data, string text) =>
        Resolve(text, "person", data.Find(text) is Person person ? [person] : data.FindPeople(text));

    private static string Resolve(string text, string family, IReadOnlyList<IRecord> matches) => matches.Count switch
    {
        0 => throw new CliNoAnswerException($"no {family} is called '{text}' (try an id, a name, an acronym or an alias)."),
        1 => matches[0].Id,
        _ => throw new CliUsageException($"'{text}' could be any of {matches.Count} {family} records ({string.Join(", ", matches.Select(m => m.Id))}); give the id."),
    };
}
