using System.CommandLine;
using System.Text.Json;
using BorderCoop.Cli.Formatting;
using BorderCoop.Serialization;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop show ID-OR-NAME</c>: one record with its fields as readable lines, what it refers to and what refers to
/// it, its citations and quotes, and the conflicts that touch it.
/// </summary>
/// <remarks>
/// Quotes are printed as a reader of the source sees them (<see cref="Citation.ReadableQuote"/>: no Markdown backslash
/// escapes); <c>--format json</c> keeps the exact text.
/// </remarks>
internal static class ShowCommand
{
    /// <summary>The word that runs the command: <c>bordercoop show</c>.</summary>
    public const string Name = "show";

    public static Command Create(CliContext context)
    {
        var output = context.Output;
        var id = CliOptions.TextArgument("id", "The record id, such as agreement/merida-initiative, or a name or title that names one record.", "a record id or name");
        var format = CliContext.FormatOption("text (for people) or json (the record as in the data files).", "text", "json");

        var command = new Command(Name, "Show one record: its fields, what it refers to and what refers to it, its citations and the conflicts that touch it.") { id, format };
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
                JsonOutput.WriteText(output, json);
                return ExitCodes.Success;
            }

            WriteText(output, context.Width, dataset, record, json);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, int width, BorderCoopData dataset, IRecord record, string json)
    {
        TerminalText.WriteLine(output, $"{record.GetType().Name} {record.Id}", width);
        output.WriteLine();

        // The fields as readable lines: a list of names on one line, a list of objects one item a line; the
        // citations follow in their own section.
        using (var document = JsonDocument.Parse(json))
        {
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name is "id" or "citations" || IsEmpty(property.Value))
                {
                    continue;
                }

                WriteField(output, width, "  ", property.Name, property.Value);
            }
        }

        var around = dataset.NeighbourhoodOf(record.Id);
        if (around.References.Count > 0)
        {
            output.WriteLine();
            TerminalText.WriteLine(output, "Refers to:", width);
            WriteLinks(output, width, dataset, around.References);
        }

        if (around.ReferencedBy.Count > 0)
        {
            output.WriteLine();
            TerminalText.WriteLine(output, "Referred to by:", width);
            WriteLinks(output, width, dataset, around.ReferencedBy);
        }

        // Every citation of the record, its roles' and its conflict versions', each with where it is held when not on the record itself.
        if (around.Citations.Count > 0)
        {
            output.WriteLine();
            TerminalText.WriteLine(output, "Citations:", width);
            foreach (var citation in around.Citations)
            {
                var held = citation.Path.StartsWith("citations[", StringComparison.Ordinal) ? string.Empty : $" ({citation.Path})";
                TerminalText.WriteLine(output, $"  [{citation.Source.Id}] {citation.Source.Title ?? citation.Source.FileName}{held}", width);
                TerminalText.WriteLine(output, $"    “{citation.ReadableQuote}”", width);
            }
        }

        if (around.Conflicts.Count > 0)
        {
            output.WriteLine();
            TerminalText.WriteLine(output, "Conflicts that touch this record:", width);
            foreach (var conflict in around.Conflicts)
            {
                TerminalText.WriteLine(output, $"  {conflict.Id}: {conflict.Title}", width);
            }
        }
    }

    /// <summary>One field: a value on its line; a list of plain values joined on one line; a list of objects, one item a line.</summary>
    private static void WriteField(TextWriter output, int width, string indent, string name, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind != JsonValueKind.Object):
                TerminalText.WriteLine(output, $"{indent}{name}: {string.Join(", ", value.EnumerateArray().Select(Plain))}", width);
                break;
            case JsonValueKind.Array:
                TerminalText.WriteLine(output, $"{indent}{name}:", width);
                foreach (var item in value.EnumerateArray())
                {
                    TerminalText.WriteLine(output, $"{indent}  - {Inline(item)}", width);
                }

                break;
            case JsonValueKind.Object:
                TerminalText.WriteLine(output, $"{indent}{name}: {Inline(value)}", width);
                break;
            default:
                TerminalText.WriteLine(output, $"{indent}{name}: {Readable(name, value)}", width);
                break;
        }
    }

    /// <summary>
    /// An object on one line, "key: value; key: value" (a value that ends a sentence is followed by a space alone), its
    /// quotes counted rather than repeated (they follow under Citations).
    /// </summary>
    private static string Inline(JsonElement value) =>
        value.ValueKind != JsonValueKind.Object ? Plain(value)
        : value.EnumerateObject().Where(p => !IsEmpty(p.Value)).Select(p =>
            p.Name == "citations" ? $"{p.Value.GetArrayLength()} citation(s)"
            : p.Value.ValueKind == JsonValueKind.Array ? $"{p.Name}: {string.Join(", ", p.Value.EnumerateArray().Select(Inline))}"
            : p.Value.ValueKind == JsonValueKind.String ? $"{p.Name}: {Readable(p.Name, p.Value)}"
            : $"{p.Name}: {Inline(p.Value)}")
            .Aggregate(string.Empty, (line, part) => line.Length == 0 ? part : line + (line.EndsWith('.') || line.EndsWith('?') || line.EndsWith('!') ? " " : "; ") + part);

    /// <summary>A value for reading: a date or period field as the tool prints dates (<c>by 2007-01</c>, <c>1997 – ongoing</c>), anything else as it is.</summary>
    private static string Readable(string name, JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : null;
        return text is not null && DateFields.Contains(name) && PartialDate.TryParse(text, out var date) ? Display.Date(date)
            : text is not null && name == "period" && DateRange.TryParse(text, out var period) ? Display.Period(period)
            : Plain(value);
    }

    /// <summary>The properties of the data files that hold one partial date.</summary>
    private static readonly HashSet<string> DateFields = new(StringComparer.Ordinal)
    {
        "signed", "issued", "inForce", "arrested", "requested", "granted", "surrendered", "date", "published", "asOf",
    };

    private static string Plain(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static bool IsEmpty(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0);

    /// <summary>Links grouped by field, each with the record's label: "signatories  agreement/… (DHS–SSP …)".</summary>
    private static void WriteLinks(TextWriter output, int width, BorderCoopData dataset, IReadOnlyList<RecordLink> links)
    {
        foreach (var group in links.GroupBy(l => l.Field))
        {
            TerminalText.WriteLine(output, $"  {group.Key}:", width);
            foreach (var record in group.Select(l => l.Record).Distinct())
            {
                TerminalText.WriteLine(output, $"    {record.Id}  {Display.Label(record, dataset)}", width);
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
