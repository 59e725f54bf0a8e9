using System.CommandLine;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop conflicts [--about ID]</c>: where the sources disagree, each version with its statement, kept side by
/// side rather than resolved; optionally only the conflicts that touch one record.
/// </summary>
internal static class ConflictsCommand
{
    public static Command Create(CliContext context)
    {
        var about = new Option<string?>("--about") { Description = "Only conflicts that touch this record (an id, or a name or title).", HelpName = "RECORD" };
        var format = CliContext.FormatOption("text (a table) or json.", Answer.Formats);

        var command = new Command("conflicts", "Where the sources disagree, every version side by side with its source.") { about, format };
        command.SetAction(parseResult =>
        {
            var data = context.Data(parseResult);
            var recordId = parseResult.GetValue(about) is { } subject ? data.Resolve<IRecord>(subject).Id : null;

            var conflicts = recordId is null ? data.Conflicts : data.ConflictsAbout(recordId);
            var none = recordId is null ? "the data records no conflict." : $"no conflict touches {recordId}.";
            if (parseResult.GetValue(format) == "json")
            {
                return Answer.WriteJson(context, conflicts, none, JsonOutput.WriteRecord);
            }

            // A table cannot hold versions side by side readably: one block per conflict, one line per version.
            foreach (var conflict in conflicts)
            {
                context.Output.WriteLine($"{conflict.Id}: {conflict.Title}");
                foreach (var version in conflict.Versions)
                {
                    var sources = string.Join(", ", version.Citations.Select(c => c.SourceId).Distinct());
                    context.Output.WriteLine($"  - {version.Statement} [{sources}]");
                }

                context.Output.WriteLine();
            }

            return conflicts.Count > 0 ? ExitCodes.Success : context.Fail(ExitCodes.NoAnswer, none);
        });
        return command;
    }
}
