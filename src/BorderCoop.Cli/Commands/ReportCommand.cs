using System.CommandLine;
using System.Text;
using BorderCoop.Cli.Formatting;
using BorderCoop.Cli.Report;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop report --output FILE</c>: one self-contained HTML page with a timeline, extraditions per year, budget
/// lines and the network of programs and agencies, every item linked to its citations.
/// </summary>
/// <remarks>
/// The page is built in memory first and written in one go, so a failure leaves no half-written report. It holds
/// <c>--data</c> records like the embedded ones. A path that cannot be written (a missing directory, a directory)
/// exits with <see cref="ExitCodes.DataError"/>.
/// </remarks>
internal static class ReportCommand
{
    /// <summary>The word that runs the command: <c>bordercoop report</c>.</summary>
    public const string Name = "report";

    /// <summary>The <c>report</c> command, writing through <paramref name="context"/>.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Option<FileInfo>("--output", "-o")
        {
            Description = "The HTML file to write (required).",
            Required = true,
        };

        var command = new Command(Name, "Write a self-contained HTML report: timeline, extraditions, budget and program network, each item linked to its sources' exact words.") { file };
        command.SetAction(parseResult =>
        {
            var target = parseResult.GetValue(file)!;
            var dataset = context.Data(parseResult);
            var page = HtmlReportWriter.Write(dataset);
            File.WriteAllText(target.FullName, page, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            TerminalText.WriteLine(context.Error, $"bordercoop: wrote a report of {dataset.Records.Count} records to {target.FullName}");
            return ExitCodes.Success;
        });
        return command;
    }
}
