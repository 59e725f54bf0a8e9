using System.Globalization;
using System.Text;

namespace BorderCoop;

/// <summary>
/// The JSON path of the value being read, kept as a stack of segments and turned into text only when a problem
/// is reported, so that reading clean data builds no strings.
/// </summary>
internal sealed class JsonPathStack
{
    private readonly string root;
    private readonly List<(string? Name, int Index)> segments = [];

    /// <param name="root">The path of the value the stack starts at, such as <c>$.budgetLines[2]</c>.</param>
    public JsonPathStack(string root) => this.root = root;

    public void Push(string name) => segments.Add((name, -1));

    public void Push(int index) => segments.Add((null, index));

    public void Pop() => segments.RemoveAt(segments.Count - 1);

    /// <summary>The path, such as <c>$.budgetLines[2].citations[0].quote</c>.</summary>
    public override string ToString()
    {
        var path = new StringBuilder(root);
        foreach (var (name, index) in segments)
        {
            if (name is null)
            {
                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                AppendName(path, name);
            }
        }

        return path.ToString();
    }

    /// <summary>
    /// Appends <c>.name</c>, or <c>['name']</c> when the name is not a plain identifier, escaped as a normalized path of
    /// RFC 9535 does: a quote and a backslash with a backslash, and control characters (and the bidirectional
    /// controls that could make a path read wrongly) as <c>\uXXXX</c>, so a path is always one safe line.
    /// </summary>
    public static StringBuilder AppendName(StringBuilder path, string name)
    {
        if (name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$') && !char.IsAsciiDigit(name[0]))
        {
            return path.Append('.').Append(name);
        }

        path.Append("['");
        foreach (var c in name)
        {
            _ = c switch
            {
                '\\' => path.Append(@"\\"),
                '\'' => path.Append(@"\'"),
                _ when TextRules.MustEscape(c) => path.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => path.Append(c),
            };
        }

        return path.Append("']");
    }
}
