using System.CommandLine;
using System.Globalization;
using System.Text;
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

        var command = new Command(Name, "How much of each source document the citations quote, and the numbers and dates no citation quotes.") { sources, format };
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(sources)!;
            if (!folder.Exists)
            {
                throw new CliUsageException($"--sources names no folder: {parseResult.GetResult(sources)?.Tokens[0].Value ?? folder.FullName}.");
            }

            var data = context.Data(parseResult);
            var measured = Measure(context, data, folder);
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
    private static List<(Source Source, SourceCoverage Coverage)> Measure(CliContext context, BorderCoopData data, DirectoryInfo folder)
    {
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
            var reviewed = NotEncodedPassage.Reviewed.Where(p => p.SourceId == source.Id).Select(p => p.Passage);
            measured.Add((source, SourceCoverage.Measure(source.Id, text, quotes[source.Id], reviewed)));
        }

        return measured;
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
