using BorderCoop.Cli;

namespace BorderCoop.Tests.Cli;

/// <summary>Runs the bordercoop command in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = BorderCoopCli.Run(args, output, error, () => BorderCoopData.Default);
        return (exitCode, output.ToString(), error.ToString());
    }
}
