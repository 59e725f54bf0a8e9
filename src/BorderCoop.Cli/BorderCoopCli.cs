using System.CommandLine;
using System.CommandLine.Help;
using BorderCoop.Cli.Commands;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli;

/// <summary>Builds the <c>bordercoop</c> command tree and runs it against given writers, so tests can run it in-process.</summary>
internal static class BorderCoopCli
{
    /// <summary>Every command, in the order help lists them, by the word that runs it.</summary>
    private static readonly (string Name, Func<CliContext, Command> Create)[] Commands =
    [
        (TimelineCommand.Name, TimelineCommand.Create),
        (AgreementsCommand.Name, AgreementsCommand.Create),
        (ProgramsCommand.Name, ProgramsCommand.Create),
        (ExtraditionsCommand.Name, ExtraditionsCommand.Create),
        (FiguresCommand.Name, FiguresCommand.Create),
        (BudgetCommand.Name, BudgetCommand.Create),
        (AgenciesCommand.Name, AgenciesCommand.Create),
        (PeopleCommand.Name, PeopleCommand.Create),
        (RolesCommand.Name, RolesCommand.Create),
        (ConflictsCommand.Name, ConflictsCommand.Create),
        (CoverageCommand.Name, CoverageCommand.Create),
        (SearchCommand.Name, SearchCommand.Create),
        (ExportCommand.Name, ExportCommand.Create),
        (ReportCommand.Name, ReportCommand.Create),
        (ShowCommand.Name, ShowCommand.Create),
    ];

    /// <summary>Parses and runs <paramref name="args"/>; returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="output">Where answers go (standard output).</param>
    /// <param name="error">Where reasons for failure go (standard error).</param>
    /// <param name="data">The embedded dataset, asked for only by commands that need data.</param>
    /// <param name="width">The columns text output may take (see <see cref="TerminalWidth.Detect"/>), at least <see cref="TerminalWidth.Minimum"/>.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<BorderCoopData> data, int width)
    {
        var context = new CliContext(output, error, data, width);
        // Only the command asked for is built, with its options: building all fourteen took as long as loading the data.
        var root = CreateRoot(context, CommandNamed(args, [context.DataFiles.Name, context.DataLimit.Name]));
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            return CliContext.Fail(error, ExitCodes.Usage, $"{UsageMessage.For(parseResult)} (see '{Help(root, parseResult)}')");
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (NameResolutionException e)
        {
            // A name that fits several records is a question to ask again more precisely; one that fits none has no answer.
            return e.Status == NameResolutionStatus.Ambiguous
                ? CliContext.Fail(error, ExitCodes.Usage, $"{e.Message} (see '{Help(root, parseResult)}')")
                : CliContext.Fail(error, ExitCodes.NoAnswer, e.Message);
        }
        catch (Exception e) when (ExitCodeFor(e) is { } exitCode)
        {
            // A DatasetValidationException lists its problems on lines of their own, each with its file and line: kept so.
            if (e is DatasetValidationException)
            {
                error.WriteLine($"bordercoop: the data could not be loaded: {e.Message}");
                return exitCode;
            }

            // A usage error found while the command runs (a period that ends before it starts, a column the table does not
            // have) ends with the same pointer to help as one the parser finds.
            return exitCode == ExitCodes.Usage
                ? CliContext.Fail(error, exitCode, $"{e.Message} (see '{Help(root, parseResult)}')")
                : CliContext.Fail(error, exitCode, e.Message);
        }
    }

    /// <summary>
    /// The <c>bordercoop</c> command with its root options and either every command or only <paramref name="onlyCommand"/>.
    /// </summary>
    public static Command CreateRoot(CliContext context, string? onlyCommand = null)
    {
        // A plain command rather than RootCommand, whose name would be the assembly's (BorderCoop.Cli) in usage lines.
        var root = new Command("bordercoop", "BorderCoop: source-backed facts about U.S.–Mexico security cooperation, every claim cited verbatim.")
        {
            new HelpOption { Action = new HelpAction { MaxWidth = context.Width } },
            new VersionOption { Action = new ToolVersion() },
        };
        root.Options.Add(context.DataFiles);
        root.Options.Add(context.DataLimit);
        foreach (var (name, create) in Commands)
        {
            if (onlyCommand is null || onlyCommand == name)
            {
                root.Subcommands.Add(create(context));
            }
        }

        return root;
    }

    /// <summary>
    /// The command the command line runs, when it names one: its first word that is not a root option with its value
    /// (<c>--data FILE</c>, <c>--data-limit MIB</c>). Null when that word is no command (a typo, <c>--help</c>,
    /// <c>--version</c>, a response file), so that every command is built and the parser answers as it would with all
    /// of them: help lists them all, a typo is reported against them all.
    /// </summary>
    private static string? CommandNamed(string[] args, string[] rootOptionsWithValue)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (rootOptionsWithValue.Contains(args[i]))
            {
                i++; // its value
                continue;
            }

            return Commands.Any(c => c.Name == args[i]) ? args[i] : null;
        }

        return null;
    }

    /// <summary>The help command line of the command that was run, such as <c>bordercoop people --help</c>.</summary>
    private static string Help(Command root, ParseResult parseResult) =>
        parseResult.CommandResult.Command == root ? "bordercoop --help" : $"bordercoop {parseResult.CommandResult.Command.Name} --help";

    /// <summary>The exit code a failure stands for, or null for a bug, which is left to crash with its stack trace.</summary>
    private static int? ExitCodeFor(Exception exception) => exception switch
    {
        CliUsageException => ExitCodes.Usage,
        CliNoAnswerException => ExitCodes.NoAnswer,
        DatasetValidationException or IOException or UnauthorizedAccessException => ExitCodes.DataError,
        _ => null,
    };
}
