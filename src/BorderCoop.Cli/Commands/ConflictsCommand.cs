using System.CommandLine;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop conflicts [--about ID]</c>: where two sources, or two passages of one source, disagree, each version with its statement, kept side by
/// side rather than resolved; optionally only the conflicts that touch one record.
/// </summary>
internal static class ConflictsCommand
{
    /// <summary>The word that runs the command: <c>bordercoop conflicts</c>.</summary>
    public const string Name = "conflicts";

    public static Command Create(CliContext context)
    {
        var about = CliOptions.Text("--about", "Only conflicts that touch this record (an id, or a name or title).", "RECORD");
        var format = CliContext.FormatOption("text (a table) or json.", Answer.Formats);

        var command = new Command(Name, "Where the data disagrees with itself: two sources, or two passages of one source, every version side by side with its source.") { about, format };
        command.SetAction(parseResult =>
        {
            var data = context.Data(parseResult);
            var recordId = parseResult.GetValue(about) is { } subject ? data.Resolve<IRecord>(subject).Id : null;

            var conflicts = recordId is null ? data.Conflicts : data.ConflictsAbout(recordId);
            var none = recordId is null ? "the data records no conflict." : $"no conflict touches {recordId}.";
            if (parseResult.GetValue(format) == "json")
            {
                return Answer.WriteJson(context, conflicts, none, (writer, conflict) =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("scope", Scope(conflict));
                    writer.WriteStartArray("sources");
                    foreach (var sourceId in conflict.SourceIds)
                    {
                        writer.WriteStringValue(sourceId);
                    }

                    writer.WriteEndArray();
                    writer.WritePropertyName("record");
                    JsonOutput.WriteRecord(writer, conflict);
                    writer.WriteEndObject();
                });
            }

            // A table cannot hold versions side by side readably: one block per conflict, one line per version.
            foreach (var conflict in conflicts)
            {
                TerminalText.WriteLine(context.Output, $"{conflict.Id}: {conflict.Title}");
                TerminalText.WriteLine(context.Output, conflict.IsWithinOneSource
                    ? $"  within one source, {conflict.SourceIds[0]}: its passages disagree"
                    : $"  between {conflict.SourceIds.Count} sources: {string.Join(", ", conflict.SourceIds)}");
                foreach (var version in conflict.Versions)
                {
                    var sources = string.Join(", ", version.Citations.Select(c => c.SourceId).Distinct());
                    TerminalText.WriteLine(context.Output, $"  - {version.Statement} [{sources}]");
                }

                context.Output.WriteLine();
            }

            return conflicts.Count > 0 ? ExitCodes.Success : context.Fail(ExitCodes.NoAnswer, none);
        });
        return command;
    }

    /// <summary>Whether the versions come from one source (<c>within-one-source</c>) or from several (<c>between-sources</c>).</summary>
    private static string Scope(Conflict conflict) => conflict.IsWithinOneSource ? "within-one-source" : "between-sources";
}
