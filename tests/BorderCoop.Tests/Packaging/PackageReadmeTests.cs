using System.Text.RegularExpressions;

namespace BorderCoop.Tests.Packaging;

/// <summary>
/// <c>src/BorderCoop/PACKAGE.md</c> is the package page on nuget.org, which resolves no relative link and shows no
/// raw HTML; it names the data release that ships. (<c>.ci/package-checks.sh</c> compiles and runs its quick start
/// against the packed package.)
/// </summary>
public sealed partial class PackageReadmeTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(Repository.Root, "src", "BorderCoop", "PACKAGE.md")).ReplaceLineEndings("\n");

    /// <summary>The text outside fenced code blocks and inline code, where markup would be interpreted.</summary>
    private static string Prose => InlineCode().Replace(FencedCode().Replace(Text, string.Empty), string.Empty);

    [Fact]
    public void EveryLink_IsAbsoluteHttps()
    {
        var links = Link().Matches(Prose).Select(m => m.Groups[1].Value).ToList();

        links.Should().NotBeEmpty();
        links.Should().OnlyContain(l => l.StartsWith("https://", StringComparison.Ordinal), "nuget.org does not resolve relative links");
    }

    [Fact]
    public void TheProse_HasNoHtml()
    {
        HtmlTag().Matches(Prose).Select(m => m.Value).Should().BeEmpty("nuget.org does not render raw HTML");
    }

    [Fact]
    public void ItNamesTheDataReleaseThatShips()
    {
        DataReleaseMention().Match(Text).Groups[1].Value.Should().Be(BorderCoopData.Default.DataVersion);
    }

    [Fact]
    public void ItHasOneQuickStartInCSharp_AndTheInstallCommands()
    {
        Regex.Count(Text, "^```csharp$", RegexOptions.Multiline).Should().Be(1, "package-checks.sh compiles the first C# block");
        Text.Should().Contain("dotnet add package BorderCoop\n").And.Contain("dotnet tool install --global BorderCoop.Tool\n");
    }

    [GeneratedRegex("^```.*?^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"its own version \(`([0-9]{4}[a-z])`\)")]
    private static partial Regex DataReleaseMention();
}
