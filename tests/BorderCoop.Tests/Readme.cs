using System.Text.RegularExpressions;

namespace BorderCoop.Tests;

/// <summary>The code blocks of README.md that tests run, each marked by an HTML comment <c>&lt;!-- snippet: NAME --&gt;</c> on the line before it.</summary>
internal static partial class Readme
{
    /// <summary>The code of the fenced block after the marker <c>&lt;!-- snippet: <paramref name="name"/> --&gt;</c>.</summary>
    /// <exception cref="InvalidOperationException">README.md has no such marker followed by a fenced block, or has two.</exception>
    public static string Snippet(string name)
    {
        var matches = SnippetPattern().Matches(File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n"))
            .Where(m => m.Groups["name"].Value == name)
            .ToList();
        return matches.Count == 1
            ? matches[0].Groups["code"].Value
            : throw new InvalidOperationException($"README.md has {matches.Count} snippets named '{name}'; a test runs exactly one.");
    }

    [GeneratedRegex(@"^<!-- snippet: (?<name>[a-z0-9-]+) -->\n```[a-z]*\n(?<code>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex SnippetPattern();
}
