using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace BorderCoop.Cli;

/// <summary>
/// What <c>bordercoop --version</c> prints: the version of the tool (and of the library it ships with), the data
/// release it answers from, and the commit it was built from when the build recorded one, such as
/// <c>bordercoop 1.0.0 (data release 2026a, commit 383068c)</c>.
/// </summary>
/// <remarks>
/// The data release is read from its embedded resource (<see cref="BorderCoopData.DefaultDataVersion"/>) without
/// loading the data, so the answer is as quick as the process start.
/// </remarks>
internal sealed class ToolVersion : SynchronousCommandLineAction
{
    /// <summary>The characters of the commit id shown, as <c>git log --oneline</c> shows them.</summary>
    private const int CommitLength = 7;

    /// <summary>The line <c>--version</c> prints.</summary>
    public static string Line()
    {
        var informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString()
            ?? "unknown";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        var version = plus < 0 ? informational : informational[..plus];
        var commit = plus < 0 ? null : informational[(plus + 1)..];
        var built = commit is { Length: > 0 } ? $", commit {commit[..Math.Min(CommitLength, commit.Length)]}" : string.Empty;
        return $"bordercoop {version} (data release {BorderCoopData.DefaultDataVersion}{built})";
    }

    /// <summary>Writes <see cref="Line"/> to standard output.</summary>
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Line());
        return ExitCodes.Success;
    }
}
