using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BorderCoop.Cli.Coverage;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop coverage --sources DIR</c>: how much of each source document the data's citations quote, and every
/// sentence with a number or a date that no citation quotes and no reviewer set aside (the reviewed list,
/// <see cref="NotEncodedPassage"/>), with those numbers and dates.
/// </summary>
/// <remarks>
/// The package does not ship the documents: <c>--sources</c> names a folder holding them under their sources' file
/// names (the repository's <c>seeds/</c>). A source whose file is not there is left out, with a note on standard
/// error; when none is there the command has no answer (<see cref="ExitCodes.NoAnswer"/>). How sentences are cut and
/// what counts as a number or a date: <see cref="SentenceSplitter"/>, <see cref="NumbersAndDates"/>.
/// <c>--not-encoded FILE</c> adds a curator's own reviewed list, in the format of the embedded one, for the documents
/// of their <c>--data</c> records; an entry whose source is not in the data or whose passage is not in its document
/// sets nothing aside, and the command says so on standard error.
/// </remarks>
internal static class CoverageCommand
{
    /// <summary>The word that runs the command: <c>bordercoop coverage</c>.</summary>
    public const string Name = "coverage";

    /// <summary>The <c>coverage</c> command, writing through <paramref name="context"/>.</summary>
    public static Command Create(CliContext context)
    {
        var sources = CliOptions.FolderToRead("--sources", "The folder holding the source documents under their file names (such as the repository's seeds/).");
        sources.Required = true;
        var format = CliContext.FormatOption("How to write the answer: text (tables fitted to the terminal) or json.", "text", "json");
        var notEncoded = new Option<FileInfo[]>("--not-encoded")
        {
            Description = "Add your own reviewed list of passages deliberately not encoded: a JSON array of { \"source\", \"passage\", \"reason\" } (repeat for several files).",
            HelpName = "FILE",
            Arity = ArgumentArity.ZeroOrMore,
            CustomParser = CliOptions.FilesToRead("--not-encoded", "a JSON file"),
        };

        var command = new Command(Name, "How much of each source document the citations quote, and the numbers and dates no citation quotes.") { sources, format, notEncoded };
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(sources)!;
            if (!folder.Exists)
            {
                throw new CliUsageException($"--sources names no folder: {parseResult.GetResult(sources)?.Tokens[0].Value ?? folder.FullName}.");
            }

            var data = context.Data(parseResult);
            var reviewed = NotEncodedPassage.Reviewed.Concat((parseResult.GetValue(notEncoded) ?? []).SelectMany(ReadReviewedList)).ToList();
            var measured = Measure(context, data, folder, reviewed);
            if (measured.Count == 0)
            {
                throw new CliNoAnswerException($"none of the {data.Sources.Count} sources' files is in {folder}.");
            }

            if (parseResult.GetValue(format) == "json")
            {
                WriteJson(context, measured);
            }
            else
            {
                WriteText(context, measured);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The coverage of each source of <paramref name="data"/> whose file is in <paramref name="folder"/>, in the data's order.</summary>
    private static List<(Source Source, SourceCoverage Coverage)> Measure(CliContext context, BorderCoopData data, DirectoryInfo folder, List<NotEncodedPassage> reviewed)
    {
        foreach (var entry in reviewed.Where(e => data.Find(e.SourceId) is not Source))
        {
            TerminalText.WriteLine(context.Error, $"bordercoop coverage: a reviewed passage names {entry.SourceId}, which is no source of the data; it sets nothing aside");
        }

        var quotes = SourceCoverage.QuotesBySource(data);
        var measured = new List<(Source, SourceCoverage)>();
        foreach (var source in data.Sources)
        {
            var path = Path.Combine(folder.FullName, source.FileName);
            if (!File.Exists(path))
            {
                TerminalText.WriteLine(context.Error, $"bordercoop coverage: {source.Id} left out: its file {source.FileName} is not in {folder}");
                continue;
            }

            var text = File.ReadAllText(path, Encoding.UTF8);
            var passages = reviewed.Where(p => p.SourceId == source.Id).Select(p => p.Passage).ToList();
            foreach (var missing in passages.Where(p => !text.Contains(p, StringComparison.Ordinal)))
            {
                TerminalText.WriteLine(context.Error, $"bordercoop coverage: a reviewed passage of {source.Id} is not in {source.FileName}, so it sets nothing aside: {missing}");
            }

            measured.Add((source, SourceCoverage.Measure(source.Id, text, quotes[source.Id], passages)));
        }

        return measured;
    }

    /// <summary>The entries of a reviewed list the user gives with <c>--not-encoded</c>.</summary>
    /// <exception cref="CliUsageException">The file cannot be read or is not such a list.</exception>
    private static IReadOnlyList<NotEncodedPassage> ReadReviewedList(FileInfo file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"--not-encoded: cannot read {file}: {exception.Message}");
        }

        try
        {
            return NotEncodedPassage.Read(bytes);
        }
        catch (JsonException exception)
        {
            throw new CliUsageException($"--not-encoded: {file} is not a reviewed list: {exception.Message}");
        }
    }

    private static void WriteText(CliContext context, List<(Source Source, SourceCoverage Coverage)> measured)
    {
        context.WriteLine("How much of each source the citations quote:");
        // The file names are in the JSON answer; here the ids, which fit an 80-column terminal.
        var shares = new TextTable(TextColumn.Id("Source"), TextColumn.Number("Sentences"), TextColumn.Number("Quoted"), TextColumn.Number("Share"), TextColumn.Number("Text"));
        foreach (var (source, coverage) in measured)
        {
            shares.Add(source.Id, Count(coverage.Sentences.Count), Count(coverage.CoveredCount), Percent(coverage.Share), Percent(coverage.QuotedTextShare));
        }

        shares.WriteTo(context.Output, context.Width);
        context.WriteLine("Quoted: sentences a quote overlaps. Text: the share of the sentences' characters inside quotes.");
        foreach (var (source, coverage) in measured.Where(m => m.Coverage.QuotesNotFound > 0))
        {
            context.WriteLine($"{source.Id}: {Count(coverage.QuotesNotFound)} quote(s) are not in {source.FileName}.");
        }

        context.Output.WriteLine();
        var unquoted = measured.SelectMany(m => m.Coverage.Unquoted.Select(u => (m.Source, Statement: u))).ToList();
        if (unquoted.Count == 0)
        {
            context.WriteLine("Every number and date is inside a citation's quote or in a sentence on the reviewed list.");
            return;
        }

        context.WriteLine($"Numbers and dates no citation quotes, in sentences not on the reviewed list ({Count(unquoted.Count)}):");
        var sentences = new TextTable(TextColumn.Id("Source"), TextColumn.Number("Line"), TextColumn.Text("Not quoted"), TextColumn.Text("Sentence"));
        foreach (var (source, statement) in unquoted)
        {
            sentences.Add(source.Id, Count(statement.Sentence.Line), string.Join(", ", statement.Mentions), statement.Sentence.Text);
        }

        sentences.WriteTo(context.Output, context.Width);
    }

    private static void WriteJson(CliContext context, List<(Source Source, SourceCoverage Coverage)> measured) => JsonOutput.Write(context.Output, writer =>
    {
        writer.WriteStartArray();
        foreach (var (source, coverage) in measured)
        {
            writer.WriteStartObject();
            writer.WriteString("source", source.Id);
            writer.WriteString("file", source.FileName);
            writer.WriteNumber("sentences", coverage.Sentences.Count);
            writer.WriteNumber("quoted", coverage.CoveredCount);
            writer.WriteNumber("share", Math.Round(coverage.Share, 4));
            writer.WriteNumber("quotedTextShare", Math.Round(coverage.QuotedTextShare, 4));
            writer.WriteNumber("quotesNotFound", coverage.QuotesNotFound);
            writer.WriteStartArray("unquotedNumbersAndDates");
            foreach (var statement in coverage.Unquoted)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", statement.Sentence.Line);
                writer.WriteString("sentence", statement.Sentence.Text);
                writer.WriteStartArray("notQuoted");
                foreach (var mention in statement.Mentions)
                {
                    writer.WriteStringValue(mention);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    /// <summary>A share as a whole percentage, rounded down so that 100% means every sentence.</summary>
    private static string Percent(double share) => Math.Floor(share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
