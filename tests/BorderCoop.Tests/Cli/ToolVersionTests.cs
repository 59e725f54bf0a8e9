using System.Reflection;
using BorderCoop.Cli;

namespace BorderCoop.Tests.Cli;

/// <summary><c>bordercoop --version</c>: the tool's version and the data release, without loading the data.</summary>
public sealed class ToolVersionTests
{
    [Fact]
    public void Version_PrintsOneLine_WithTheLibraryVersionAndItsDataRelease()
    {
        var library = typeof(BorderCoopData).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

        var (exitCode, output, error) = CliRunner.Run("--version");

        exitCode.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith($"bordercoop {library} (data release {BorderCoopData.Default.DataVersion}").And.EndWith($"){Environment.NewLine}");
        output.TrimEnd().Should().NotContain("\n");
    }

    [Fact]
    public void Version_DoesNotLoadTheData()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = BorderCoopCli.Run(["--version"], output, error, () => throw new InvalidOperationException("--version loaded the data"));

        exitCode.Should().Be(0);
        output.ToString().Should().Contain($"data release {BorderCoopData.DefaultDataVersion}");
    }
}
