using System.Text;

namespace BorderCoop.Cli.Report;

/// <summary>
/// The one way text from the data reaches the report: HTML escaping that is safe both between tags and inside a
/// quoted attribute value.
/// </summary>
/// <remarks>
/// Every string that comes from records (titles, names, quotes, ids, dates turned into text) goes through
/// <see cref="Escape"/>, including ids written into <c>href</c> and <c>id</c> attributes, even though ids are restricted
/// to <c>[a-z0-9-/]</c>: the rule is simpler to check when it has no exceptions. The report never puts data inside
/// <c>&lt;script&gt;</c> or <c>&lt;style&gt;</c>, nor into an unquoted attribute, where this escaping would not be enough.
/// </remarks>
internal static class Html
{
    /// <summary>
    /// <paramref name="text"/> with <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>"</c> and <c>'</c> replaced by character
    /// references; an empty string for null.
    /// </summary>
    /// <remarks>Everything else, accents and curly quotes included, is written as it is (the page is UTF-8).</remarks>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
