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
        var list = new ListOptions(defaultLimit: 20);

        var command = new Command(Name, "Full-text search over names, descriptions and quotes, ranked; partial matches and linked records below full ones.") { text };
        list.AddTo(command);
        command.SetAction(parseResult =>
        {
            var data = context.Data(parseResult);
            var words = parseResult.GetValue(text)!;
            // Every hit, ranked: --sort and --limit apply to them all, and standard error says how many --limit left out.
            return Answer.Write(
                context,
                list.Read(parseResult),
                data.Search(words, int.MaxValue),
                $"nothing matches '{words}'.",
                [TextColumn.Number("Score"), TextColumn.Text("Family"), TextColumn.Text("Words"), TextColumn.Id("Matched in"), TextColumn.Id("Id"), TextColumn.Text("Title")],
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
