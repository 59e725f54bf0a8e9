using BorderCoop.Cli.Formatting;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// Every command's text output fits the terminal it runs in: at 80 and 120 columns, no line of standard output is
/// wider than the terminal, except a line that is a single record id (never broken, so it can be copied).
/// </summary>
public sealed class OutputWidthTests
{
    /// <summary>Stands for a fresh directory in a command line.</summary>
    private const string Directory = "{directory}";

    /// <summary>Each command with typical arguments, the README's first command first.</summary>
    private static readonly string[][] CommandLines =
    [
        ["timeline", "--from", "1995", "--to", "2000"],
        ["timeline"],
        ["timeline", "--kind", "took-office"],
        ["agreements"],
        ["agreements", "--in-force-on", "2008-06-01"],
        ["agreements", "--from", "1990", "--to", "2000"],
        ["programs"],
        ["programs", "--from", "2000", "--to", "2005"],
        ["extraditions"],
        ["extraditions", "--from", "1996", "--to", "2000"],
        ["extraditions", "--figures"],
        ["extraditions", "--figures", "--from", "1996", "--to", "2000", "--direction", "mx-us"],
        ["figures"],
        ["figures", "--from", "1995", "--to", "2000"],
        ["budget"],
        ["budget", "--by", "fiscal-year"],
        ["agencies"],
        ["agencies", "procuraduria"],
        ["people"],
        ["people", "garcia"],
        ["roles"],
        ["roles", "--from", "2000", "--to", "2006"],
        ["conflicts"],
        ["search", "dea"],
        ["search", "merida initiative", "--limit", "50"],
        ["show", "agreement/merida-initiative"],
        ["show", "person/fox"],
        ["show", "budget-line/dea-siu-fy1997-appropriation"],
        ["show", "conflict/garcia-abrego-removal-mechanism"],
        ["export", "--format", "csv", "--output", Directory],
        ["report", "--output", Directory + "/report.html"],
        ["coverage", "--sources", Path.Combine(Repository.Root, "seeds")],
        ["--help"],
        ["timeline", "--help"],
        ["extraditions", "--help"],
    ];

    public static TheoryData<int, string[]> Runs()
    {
        var runs = new TheoryData<int, string[]>();
        foreach (var width in new[] { 80, 120 })
        {
            foreach (var args in CommandLines)
            {
                runs.Add(width, args);
            }
        }

        return runs;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void EveryLineOfText_FitsTheWidth_UnlessItIsASingleId(int width, string[] args)
    {
        using var directory = new TempDirectory();
        System.IO.Directory.CreateDirectory(directory.Path);
        args = [.. args.Select(a => a.Replace(Directory, directory.Path, StringComparison.Ordinal))];

        var (exitCode, output, error) = CliRunner.RunAt(width, BorderCoopData.Default, args);

        exitCode.Should().Be(0, error);
        output.Should().NotContain("\t");
        output.Split(Environment.NewLine).Where(line => DisplayWidth.Of(line) > width && !TextWrap.IsRecordId(line.Trim()))
            .Should().BeEmpty($"'{string.Join(' ', args)}' should fit in {width} columns");
    }

    [Fact]
    public void TheCommandLines_CoverEveryCommand()
    {
        var help = CliRunner.Run("--help").Output;
        var commands = help[help.IndexOf("Commands:", StringComparison.Ordinal)..]
            .Split(Environment.NewLine).Skip(1)
            .Where(line => line.StartsWith("  ", StringComparison.Ordinal) && line.Length > 2 && line[2] != ' ')
            .Select(line => line.Trim().Split(' ')[0]);

        commands.Should().NotBeEmpty().And.BeSubsetOf(CommandLines.Select(args => args[0]));
    }
}
