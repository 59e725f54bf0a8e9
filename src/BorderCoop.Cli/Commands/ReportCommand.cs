using System.CommandLine;
using System.Text;
using BorderCoop.Cli.Formatting;
using BorderCoop.Cli.Report;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop report --output FILE</c>: one self-contained HTML page with the sources, a numbered timeline, the
/// reported extradition figures and their disagreements, budget lines and the network of programs and agencies, every
/// item linked to its citations (see <see cref="HtmlReportWriter"/>).
/// </summary>
/// <remarks>
/// The page is built in memory first and written in one go, so a failure leaves no half-written report. It holds
/// <c>--data</c> records like the embedded ones. Missing folders on the way to the file are created; a path that
/// names a folder or lies under a file is a usage error (<see cref="ExitCodes.Usage"/>), and one that cannot be
/// written otherwise (without permission, a full disk) exits with <see cref="ExitCodes.DataError"/>.
/// </remarks>
internal static class ReportCommand
{
    /// <summary>The word that runs the command: <c>bordercoop report</c>.</summary>
    public const string Name = "report";

    /// <summary>The <c>report</c> command, writing through <paramref name="context"/>.</summary>
    public static Command Create(CliContext context)
    {
        var file = CliOptions.FileToWrite("--output", "-o", "The HTML file to write (required; missing folders are created).", "report.html");
        file.Required = true;

        var command = new Command(Name, "Write a self-contained HTML report: sources, timeline, reported extradition figures, budget and program network, each item linked to its sources' words.") { file };
        command.SetAction(parseResult =>
        {
            var target = parseResult.GetValue(file)!;
            var dataset = context.Data(parseResult);
            var page = HtmlReportWriter.Write(dataset);
            target.Directory!.Create();
            File.WriteAllText(target.FullName, page, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            TerminalText.WriteLine(context.Error, $"bordercoop: wrote a report of {dataset.Records.Count} records to {target.FullName}");
            return ExitCodes.Success;
        });
        return command;
    }
}
