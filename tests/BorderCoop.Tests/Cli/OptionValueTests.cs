using System.CommandLine;
using System.CommandLine.Completions;
using BorderCoop.Cli;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// Every value the command line can give, on every command, found in the built command tree (so an option added
/// later is tested too): a value that does not parse is one line on standard error naming the option or argument
/// and the value, with where to get help, and exit code 2; never a stack trace.
/// </summary>
public sealed class OptionValueTests
{
    /// <summary>A dataset of one source: a command line that wrongly parsed would run on it and answer, failing the test.</summary>
    private static readonly BorderCoopData Data = TestRecords.Data();

    /// <summary>Every command, and every option it takes that needs a value (its own and the root's recursive ones).</summary>
    public static TheoryData<string, string> OptionsTakingAValue() => Pairs(o => o.Arity.MaximumNumberOfValues > 0 && o.ValueType != typeof(bool));

    /// <summary>Every command, and every option it takes that needs a value of some type or from a list, not any text or path.</summary>
    public static TheoryData<string, string> OptionsTakingATypedValue() => Pairs(o => o.Arity.MaximumNumberOfValues > 0 && o.ValueType != typeof(bool) && IsTyped(o));

    /// <summary>Every command, and every flag it takes (an option that is on or off).</summary>
    public static TheoryData<string, string> Flags() => Pairs(o => o.ValueType == typeof(bool));

    /// <summary>Every command, and every argument it takes.</summary>
    public static TheoryData<string, string> Arguments()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in Root().Subcommands)
        {
            foreach (var argument in command.Arguments)
            {
                data.Add(command.Name, argument.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OptionsTakingAValue))]
    public void AnEmptyOrBlankValue_OfAnyOption_IsOneUsageLine_NamingTheOptionAndTheValue(string command, string option)
    {
        foreach (var value in new[] { string.Empty, " " })
        {
            var (exitCode, output, error) = CliRunner.RunOn(Data, CommandLine(command, null, option, value));

            ShouldBeOneUsageLine(command, exitCode, output, error, option, value);
        }
    }

    [Theory]
    [MemberData(nameof(OptionsTakingATypedValue))]
    public void AValueOfTheWrongKind_OfATypedOption_IsOneUsageLine_NamingTheOptionAndTheValue(string command, string option)
    {
        const string Value = "%not-a-value%";

        var (exitCode, output, error) = CliRunner.RunOn(Data, CommandLine(command, null, option, Value));

        ShouldBeOneUsageLine(command, exitCode, output, error, option, Value);
    }

    [Theory]
    [MemberData(nameof(Flags))]
    public void AValueGivenToAFlag_IsOneUsageLine_NamingTheFlagAndTheValue(string command, string flag)
    {
        foreach (var args in new[] { CommandLine(command, null, flag, "abc"), [.. CommandLine(command, null, null, null), $"{flag}=abc"] })
        {
            var (exitCode, output, error) = CliRunner.RunOn(Data, args);

            ShouldBeOneUsageLine(command, exitCode, output, error, flag, "abc");
        }
    }

    [Theory]
    [MemberData(nameof(Arguments))]
    public void AnEmptyOrBlankArgument_IsOneUsageLine_NamingTheArgumentAndTheValue(string command, string argument)
    {
        foreach (var value in new[] { string.Empty, " " })
        {
            var (exitCode, output, error) = CliRunner.RunOn(Data, CommandLine(command, argument, null, value));

            ShouldBeOneUsageLine(command, exitCode, output, error, $"<{argument}>", value);
        }
    }

    [Fact]
    public void TheTree_HasOptionsOfEveryKind_SoTheTheoriesAboveTestSomething()
    {
        OptionsTakingAValue().Should().Contain(r => (string)r[1] == "--data" && (string)r[0] == "report").And.Contain(r => (string)r[1] == "--limit");
        OptionsTakingATypedValue().Should().Contain(r => (string)r[1] == "--from").And.Contain(r => (string)r[1] == "--format").And.NotContain(r => (string)r[1] == "--agency");
        Flags().Should().Contain(r => (string)r[1] == "--figures");
        Arguments().Should().Contain(r => (string)r[0] == "show");
    }

    private const string Placeholder = "x";

    private static void ShouldBeOneUsageLine(string command, int exitCode, string output, string error, string named, string value)
    {
        exitCode.Should().Be(ExitCodes.Usage, error);
        output.Should().BeEmpty();
        error.Should().NotContain("   at ", "no stack trace");
        error.Should().StartWith("bordercoop: ").And.EndWith($"(see 'bordercoop {command} --help'){Environment.NewLine}");
        error.TrimEnd().Should().NotContain("\n", "the reason is one line");
        error.Should().Contain(named).And.Contain($"'{value}'");
    }

    /// <summary>
    /// <paramref name="command"/> with <paramref name="value"/> for <paramref name="argument"/> or
    /// <paramref name="option"/>, and its other required arguments and options filled in with values that parse.
    /// </summary>
    private static string[] CommandLine(string command, string? argument, string? option, string? value)
    {
        var built = Root().Subcommands.Single(c => c.Name == command);
        var args = new List<string> { command };
        foreach (var each in built.Arguments)
        {
            if (each.Name == argument)
            {
                args.Add(value!);
            }
            else if (each.Arity.MinimumNumberOfValues > 0)
            {
                args.Add(Placeholder);
            }
        }

        foreach (var required in built.Options.Where(o => o.Required && o.Name != option))
        {
            args.Add(required.Name);
            args.Add(required.ValueType == typeof(FileInfo) ? Path.Combine(Path.GetTempPath(), $"bordercoop-{Guid.NewGuid():N}", "never-written") : Placeholder);
        }

        if (option is not null)
        {
            args.Add(option);
            args.Add(value!);
        }

        return [.. args];
    }

    /// <summary>Whether an option takes a value of some type or from a list (a date, a number, a kind, a format), not any text or path.</summary>
    private static bool IsTyped(Option option) =>
        option.GetCompletions(CompletionContext.Empty).Any()
        || (option.ValueType != typeof(string) && option.ValueType != typeof(FileInfo) && option.ValueType != typeof(DirectoryInfo) && option.ValueType != typeof(FileInfo[]));

    private static TheoryData<string, string> Pairs(Func<Option, bool> which)
    {
        var root = Root();
        var data = new TheoryData<string, string>();
        foreach (var command in root.Subcommands)
        {
            foreach (var option in command.Options.Concat(root.Options.Where(o => o.Recursive)).Where(which))
            {
                data.Add(command.Name, option.Name);
            }
        }

        return data;
    }

    private static Command Root() => BorderCoopCli.CreateRoot(new CliContext(TextWriter.Null, TextWriter.Null, () => Data));
}
