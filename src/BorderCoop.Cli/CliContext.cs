using System.CommandLine;
using System.Globalization;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli;

/// <summary>
/// What every <c>bordercoop</c> command shares: where it writes, the dataset it answers from, and the options that mean
/// the same thing on every command (<c>--data</c>, <c>--format</c>).
/// </summary>
internal sealed class CliContext
{
    private const long Mebibyte = 1024 * 1024;

    private readonly Func<BorderCoopData> embedded;

    /// <summary>A context writing to <paramref name="output"/> and <paramref name="error"/>, answering from <paramref name="embedded"/> plus any <c>--data</c> files.</summary>
    public CliContext(TextWriter output, TextWriter error, Func<BorderCoopData> embedded)
    {
        Output = output;
        Error = error;
        this.embedded = embedded;
    }

    /// <summary>Standard output: the answer.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: one-line reasons for failures, and progress notes.</summary>
    public TextWriter Error { get; }

    /// <summary>
    /// <c>--data FILE</c> (repeatable, on every command): the user's own records in the BorderCoop JSON contract,
    /// validated and added on top of the embedded dataset.
    /// </summary>
    public Option<FileInfo[]> DataFiles { get; } = new("--data")
    {
        Description = "Add your own records from a BorderCoop JSON file (validated first; repeat for several files).",
        Recursive = true,
        HelpName = "FILE",
        Arity = ArgumentArity.ZeroOrMore,
        CustomParser = CliOptions.FilesToRead("--data", "a BorderCoop JSON file"),
    };

    /// <summary>
    /// <c>--data-limit MIB</c> (on every command): the largest <c>--data</c> file accepted, in MiB; the library's default
    /// (<see cref="DatasetLoadLimits.Default"/>, 64 MiB) when absent. A file of a million records is several hundred MiB.
    /// </summary>
    public Option<int?> DataLimit { get; } = CreateDataLimit();

    /// <summary>A <c>--format</c> option that accepts <paramref name="formats"/>, the first being the default.</summary>
    public static Option<string> FormatOption(string description, params string[] formats) =>
        CliOptions.Choice("--format", ["-f"], description, formats[0], formats)!;

    /// <summary>
    /// The dataset for this command line: the embedded data, extended with each <c>--data</c> file in order.
    /// </summary>
    /// <exception cref="DatasetValidationException">A file holds invalid records; nothing of it is used.</exception>
    public BorderCoopData Data(ParseResult parseResult)
    {
        var data = embedded();
        var limits = parseResult.GetValue(DataLimit) is { } mebibytes
            ? new DatasetLoadLimits(mebibytes * Mebibyte, DatasetLoadLimits.Default.MaxDepth)
            : DatasetLoadLimits.Default;
        foreach (var file in parseResult.GetValue(DataFiles) ?? [])
        {
            data = data.ExtendFile(file.ToString(), limits);
        }

        return data;
    }

    private static Option<int?> CreateDataLimit()
    {
        // The largest whole number of MiB within the library's largest byte limit (int.MaxValue bytes).
        const int largest = (int)(int.MaxValue / Mebibyte);
        return new Option<int?>("--data-limit")
        {
            Description = $"The largest --data file accepted, in MiB (default {DatasetLoadLimits.Default.MaxBytes / Mebibyte}, at most {largest}).",
            Recursive = true,
            HelpName = "MIB",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var mebibytes) && mebibytes is >= 1 and <= largest)
                {
                    return mebibytes;
                }

                result.AddError($"--data-limit expects a whole number of MiB from 1 to {largest}, not '{text}'.");
                return null;
            },
        };
    }

    /// <summary>
    /// Writes a one-line reason to standard error, prefixed with the command name, and returns <paramref name="exitCode"/>.
    /// The reason may quote the data or the command line: its control characters are made visible (see <see cref="TerminalText"/>).
    /// </summary>
    public int Fail(int exitCode, string reason) => Fail(Error, exitCode, reason);

    /// <summary>Writes a one-line reason to <paramref name="error"/> as <see cref="Fail(int, string)"/> does, and returns <paramref name="exitCode"/>.</summary>
    public static int Fail(TextWriter error, int exitCode, string reason)
    {
        error.WriteLine($"bordercoop: {TerminalText.OneLine(reason)}");
        return exitCode;
    }
}
