using BorderCoop.Cli;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Tests.Cli;

/// <summary>Runs the bordercoop command in-process and captures what it writes.</summary>
internal static class CliRunner
{
    /// <summary>Runs <paramref name="args"/> on the embedded dataset, text laid out in <see cref="TerminalWidth.Default"/> columns.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] args) => RunOn(BorderCoopData.Default, args);

    /// <summary>Runs <paramref name="args"/> on <paramref name="data"/>, such as a dataset built in the test, in <see cref="TerminalWidth.Default"/> columns.</summary>
    public static (int ExitCode, string Output, string Error) RunOn(BorderCoopData data, params string[] args) =>
        RunAt(TerminalWidth.Default, data, args);

    /// <summary>A width no row of a test's dataset reaches: each row of a table on one line, whatever the layout would do.</summary>
    public const int OneLineWidth = 1000;

    /// <summary>
    /// Runs <paramref name="args"/> on <paramref name="data"/> in <see cref="OneLineWidth"/> columns: for tests of what
    /// a row says rather than how a table fits a terminal (<see cref="TextTableTests"/> and the width tests do that).
    /// </summary>
    public static (int ExitCode, string Output, string Error) RunOneLine(BorderCoopData data, params string[] args) =>
        RunAt(OneLineWidth, data, args);

    /// <summary>Runs <paramref name="args"/> on <paramref name="data"/> as in a terminal <paramref name="width"/> columns wide.</summary>
    public static (int ExitCode, string Output, string Error) RunAt(int width, BorderCoopData data, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = BorderCoopCli.Run(args, output, error, () => data, width);
        return (exitCode, output.ToString(), error.ToString());
    }
}
