using System.CommandLine;
using System.Text.Json;
using BorderCoop.Serialization;

namespace BorderCoop.Cli.Commands;

/// <summary><c>bordercoop show ID-OR-NAME</c>: one record with its fields, its citations and quotes, and the conflicts that touch it.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var output = context.Output;
        var id = new Argument<string>("id") { Description = "The record id, such as agreement/merida-initiative, or a name or title that names one record." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (for people) or json (the record as in the data files).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("show", "Show one record with its citations and the conflicts that touch it.") { id, format };
        command.SetAction(parseResult =>
        {
            var dataset = context.Data(parseResult);
            var requested = parseResult.GetValue(id)!;
            IRecord record;
            try
            {
                record = dataset.Resolve<IRecord>(requested);
            }
            catch (NameResolutionException e) when (e.Status == NameResolutionStatus.NotFound)
            {
                return context.Fail(ExitCodes.NoAnswer, $"no record has the id or name '{requested}'.{Suggest(dataset, requested)}");
            }

            var json = JsonSerializer.Serialize(record, BorderCoopJson.Options.GetTypeInfo(record.GetType()));
            if (parseResult.GetValue(format) == "json")
            {
                output.WriteLine(json);
                return ExitCodes.Success;
            }

            WriteText(output, dataset, record, json);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, BorderCoopData dataset, IRecord record, string json)
    {
        output.WriteLine($"{record.GetType().Name} {record.Id}");
        output.WriteLine();

        // The fields, as JSON without the citations, which follow in readable form.
        using (var document = JsonDocument.Parse(json))
        {
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name is "id" or "citations" || property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() == 0)
                {
                    continue;
                }

                var value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                output.WriteLine($"  {property.Name}: {value}");
            }
        }

        if (record is ICitedRecord cited && cited.Citations.Count > 0 && record is not Conflict)
        {
            output.WriteLine();
            output.WriteLine("Citations:");
            foreach (var citation in cited.Citations)
            {
                var source = dataset.Get<Source>(citation.SourceId);
                output.WriteLine($"  [{source.Id}] {source.Title ?? source.FileName}");
                output.WriteLine($"    “{citation.Quote}”");
            }
        }

        var conflicts = dataset.ConflictsAbout(record.Id);
        if (conflicts.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Conflicts that touch this record:");
            foreach (var conflict in conflicts)
            {
                output.WriteLine($"  {conflict.Id}: {conflict.Title}");
            }
        }
    }

    /// <summary>Up to five records that the slug of a mistyped id names in part ("merida" for <c>agreement/merida</c>).</summary>
    private static string Suggest(BorderCoopData dataset, string requested)
    {
        var slug = requested[(requested.LastIndexOf('/') + 1)..];
        var close = dataset.FindByName<IRecord>(slug).Take(5).Select(m => m.Record.Id).ToList();
        return close.Count == 0 ? string.Empty : $" Did you mean: {string.Join(", ", close)}?";
    }
}
