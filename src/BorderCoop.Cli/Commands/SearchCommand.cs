using System.CommandLine;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop search TEXT [--limit N]</c>: full-text search over names, descriptions, notes and quotes, accents and
/// case ignored, singular and plural alike; records with every word first, then those with some (a word matches whole or,
/// from three letters, as a prefix); a record found by name also brings the records linked to it, below it.
/// </summary>
internal static class SearchCommand
{
    /// <summary>The word that runs the command: <c>bordercoop search</c>.</summary>
    public const string Name = "search";

    public static Command Create(CliContext context)
    {
        var text = CliOptions.TextArgument("text", "The words to look for, such as 'merida' or 'garcia abrego'.", "at least one word");
        var limit = CliOptions.WholeNumber("--limit", "-n", "At most this many results.", "N", minimum: 1, maximum: int.MaxValue, defaultValue: 20);
        var format = CliContext.FormatOption("text (a table) or json.", Answer.Formats);

        var command = new Command(Name, "Full-text search over names, descriptions and quotes, ranked; partial matches and linked records below full ones.") { text, limit, format };
        command.SetAction(parseResult =>
        {
            var data = context.Data(parseResult);
            var words = parseResult.GetValue(text)!;
            return Answer.Write(
                context,
                parseResult.GetValue(format)!,
                data.Search(words, parseResult.GetValue(limit)),
                $"nothing matches '{words}'.",
                () => new TextTable("Score", "Family", "Words", "Matched in", "Id", "Title"),
                h => [h.Score.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), RecordFamily.Of(h.Record).Name, string.Join(" ", h.MatchedWords), MatchedIn(h), h.Record.Id, Display.Label(h.Record, data)],
                (writer, hit) =>
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("score", hit.Score);
                    writer.WriteStartArray("matchedIn");
                    foreach (var field in Enum.GetValues<SearchField>().Where(f => f != SearchField.None && hit.Fields.HasFlag(f)))
                    {
                        writer.WriteStringValue(CliOptions.KebabName(field));
                    }

                    writer.WriteEndArray();
                    writer.WriteStartArray("matchedWords");
                    foreach (var word in hit.MatchedWords)
                    {
                        writer.WriteStringValue(word);
                    }

                    writer.WriteEndArray();
                    if (hit.Via is { } via)
                    {
                        writer.WriteString("via", via.Id);
                    }

                    writer.WritePropertyName("record");
                    JsonOutput.WriteRecord(writer, hit.Record);
                    writer.WriteEndObject();
                });
        });
        return command;
    }

    /// <summary>Where the words were found: the fields, and for a hit reached through a linked record, that record.</summary>
    private static string MatchedIn(SearchHit hit) => hit.Via is null ? Fields(hit.Fields) : $"{Fields(hit.Fields)} of {hit.Via.Id}";

    private static string Fields(SearchField fields) =>
        string.Join(", ", Enum.GetValues<SearchField>().Where(f => f != SearchField.None && fields.HasFlag(f)).Select(CliOptions.KebabName));
}
