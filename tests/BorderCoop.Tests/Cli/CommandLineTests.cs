namespace BorderCoop.Tests.Cli;

/// <summary>What every command shares: help, usage errors, and user data given with --data.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string> Commands() =>
        ["timeline", "agreements", "programs", "extraditions", "budget", "agencies", "people", "conflicts", "search", "show", "export", "coverage"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommand_HasHelp_NamedBordercoop(string command)
    {
        var (exitCode, output, error) = CliRunner.Run(command, "--help");

        exitCode.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain($"Usage:{Environment.NewLine}  bordercoop {command}");
        output.Should().Contain("--data <FILE>");
    }

    [Fact]
    public void Help_ListsEveryCommand()
    {
        var (exitCode, output, _) = CliRunner.Run("--help");

        exitCode.Should().Be(0);
        foreach (var command in Commands())
        {
            output.Should().MatchRegex($@"\n  {command}\b");
        }
    }

    [Fact]
    public void AnUnknownCommand_ExitsWithTwoAndOneLineReason()
    {
        var (exitCode, output, error) = CliRunner.Run("extradite");

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("bordercoop: Unrecognized command or argument 'extradite'.");
    }

    [Theory]
    [InlineData("export", "--format", "xml")]
    [InlineData("timeline", "--from", "yesterday")]
    [InlineData("search")]
    [InlineData("budget", "--no-such-option")]
    public void UsageErrors_AreReportedOnOneLine_WithWhereToGetHelp(params string[] args)
    {
        var (exitCode, output, error) = CliRunner.Run(args);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("bordercoop: ").And.EndWith($"(see 'bordercoop {args[0]} --help'){Environment.NewLine}");
        error.TrimEnd().Should().NotContain("\n");
    }

    [Fact]
    public void MalformedUserData_ExitsWithThreeAndSaysWhereAndWhat()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Data", "Malformed", "dangling-agency.json");

        var (exitCode, output, error) = CliRunner.Run("agencies", "--data", file);

        exitCode.Should().Be(3);
        output.Should().BeEmpty();
        error.Should().StartWith("bordercoop: the data could not be loaded:").And.Contain("dangling-agency.json");
    }

    [Fact]
    public void DataLimit_RefusesALargerFile_AndAdmitsItWhenRaised()
    {
        // A valid file of just over 1 MiB: the user's records, then white space.
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.Path);
        var file = directory.File("padded.json");
        var records = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "UserData", "my-cases.json"));
        File.WriteAllText(file, records + new string(' ', (1024 * 1024) - records.Length + 1));

        var refused = CliRunner.Run("show", "person/example-defendant-one", "--data", file, "--data-limit", "1");
        var admitted = CliRunner.Run("show", "person/example-defendant-one", "--data", file, "--data-limit", "2");
        var byDefault = CliRunner.Run("show", "person/example-defendant-one", "--data", file);

        refused.ExitCode.Should().Be(3);
        refused.Error.Should().Contain("padded.json").And.Contain("larger than the limit of 1,048,576 bytes");
        admitted.ExitCode.Should().Be(0, admitted.Error);
        admitted.Output.Should().Contain("Example Defendant One");
        byDefault.ExitCode.Should().Be(0, "the default limit is 64 MiB");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2048")]
    [InlineData("lots")]
    public void DataLimit_OutOfRange_IsAUsageError(string mebibytes)
    {
        var (exitCode, output, error) = CliRunner.Run("timeline", "--data-limit", mebibytes);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("bordercoop: ").And.Contain("--data-limit");
    }

    [Fact]
    public void MissingUserData_ExitsWithThree()
    {
        var (exitCode, _, error) = CliRunner.Run("agencies", "--data", "/no/such/file.json");

        exitCode.Should().Be(3);
        error.Should().Contain("/no/such/file.json");
    }

    [Fact]
    public void UserDataThatIsAFolder_IsAUsageError()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.Path);

        var (exitCode, output, error) = CliRunner.Run("agencies", "--data", directory.Path);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"bordercoop: --data names a folder ({directory.Path}); give a BorderCoop JSON file. (see 'bordercoop agencies --help'){Environment.NewLine}");
    }

    [Fact]
    public void UserDataGivenBeforeTheCommand_IsRead()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Data", "Malformed", "dangling-agency.json");

        var (exitCode, _, error) = CliRunner.Run("--data", file, "agencies");

        exitCode.Should().Be(3, "the command runs, and reads the file given before it");
        error.Should().Contain("dangling-agency.json");
    }

    [Fact]
    public void AFileNamedLikeACommand_IsTakenAsTheFile_NotAsTheCommand()
    {
        var (exitCode, _, error) = CliRunner.Run("--data", "timeline", "agencies");

        exitCode.Should().Be(3);
        error.Should().Contain("timeline").And.NotContain("Unrecognized");
    }
}
