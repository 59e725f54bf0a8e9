using System.CommandLine;
using BorderCoop.Cli.Commands;

namespace BorderCoop.Cli;

/// <summary>Builds the <c>bordercoop</c> command tree and runs it against given writers, so tests can run it in-process.</summary>
internal static class BorderCoopCli
{
    /// <summary>Parses and runs <paramref name="args"/>; returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="output">Where answers go (standard output).</param>
    /// <param name="error">Where reasons for failure go (standard error).</param>
    /// <param name="data">The embedded dataset, asked for only by commands that need data.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<BorderCoopData> data)
    {
        var context = new CliContext(output, error, data);
        var root = new RootCommand("BorderCoop: source-backed facts about U.S.–Mexico security cooperation, every claim cited verbatim.")
        {
            ExportCommand.Create(context),
            ReportCommand.Create(context),
            ShowCommand.Create(context),
        };
        root.Options.Add(context.DataFiles);

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            error.WriteLine($"bordercoop: {parseResult.Errors[0].Message}");
            error.WriteLine("Run 'bordercoop --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (DatasetValidationException e)
        {
            error.WriteLine($"bordercoop: the data could not be loaded: {e.Message}");
            return ExitCodes.DataError;
        }
        catch (IOException e)
        {
            error.WriteLine($"bordercoop: {e.Message}");
            return ExitCodes.DataError;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"bordercoop: {e.Message}");
            return ExitCodes.DataError;
        }
    }
}
