using System.CommandLine;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop people [NAME]</c>: every person, or every person an id, name or alias names whole or in part, best
/// match first, case and accents ignored (<c>Calderon</c> finds Felipe Calderón, <c>Garcia</c> everyone with that word in
/// a name), with the roles the sources give them.
/// </summary>
internal static class PeopleCommand
{
    /// <summary>The word that runs the command: <c>bordercoop people</c>.</summary>
    public const string Name = "people";

    public static Command Create(CliContext context)
    {
        var name = CliOptions.TextArgument("name", "An id, a name or alias, or a word or part of one, to look up (best match first); everyone when left out.", "a name or alias", optional: true);
        var format = CliContext.FormatOption("text (a table) or json.", Answer.Formats);

        var command = new Command(Name, "People named in the sources, with their cited roles.") { name, format };
        command.SetAction(parseResult =>
        {
            var data = context.Data(parseResult);
            var text = parseResult.GetValue(name);
            IReadOnlyList<Person> people = text is null ? data.People : [.. data.FindByName<Person>(text).Select(m => m.Record)];
            return Answer.Write(
                context,
                parseResult.GetValue(format)!,
                people,
                $"no person is called '{text}'.",
                () => new TextTable("Id", "Name", "Roles"),
                p => [p.Id, p.Name, string.Join("; ", p.Roles.Select(Role))],
                JsonOutput.WriteRecord);
        });
        return command;
    }

    private static string Role(PersonRole role) => role.Period is null ? role.Title : $"{role.Title} ({DateText.Of(role.Period)})";
}
