using System.CommandLine;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop agencies [NAME]</c>: every agency, or every agency an id, name, acronym or alias names whole or in
/// part, in English or Spanish, best match first, case and accents ignored (<c>pgr</c>, <c>Procuraduria</c>, <c>police</c>).
/// </summary>
internal static class AgenciesCommand
{
    /// <summary>The word that runs the command: <c>bordercoop agencies</c>.</summary>
    public const string Name = "agencies";

    public static Command Create(CliContext context)
    {
        var name = CliOptions.TextArgument("name", "An id, a name, acronym or alias, or a word or part of one, to look up (best match first); all agencies when left out.", "a name, acronym or alias", optional: true);
        var format = CliContext.FormatOption("text (a table) or json.", Answer.Formats);

        var command = new Command(Name, "Agencies of both countries, with their names and acronyms in English and Spanish.") { name, format };
        command.SetAction(parseResult =>
        {
            var data = context.Data(parseResult);
            var text = parseResult.GetValue(name);
            IReadOnlyList<Agency> agencies = text is null ? data.Agencies : [.. data.FindByName<Agency>(text).Select(m => m.Record)];
            return Answer.Write(
                context,
                parseResult.GetValue(format)!,
                agencies,
                $"no agency is called '{text}'.",
                () => new TextTable("Country", "Acronyms", "Id", "Name"),
                a => [a.Country, string.Join(", ", a.EnglishAcronyms.Concat(a.SpanishAcronyms).Distinct()), a.Id, a.SpanishName is null ? a.EnglishName : $"{a.EnglishName} / {a.SpanishName}"],
                JsonOutput.WriteRecord);
        });
        return command;
    }
}
