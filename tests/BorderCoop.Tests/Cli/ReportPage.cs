using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BorderCoop.Tests.Cli;

/// <summary>Reads what the tests check in a report page (as written, or as a browser's rendered DOM).</summary>
internal static partial class ReportPage
{
    /// <summary>
    /// How many elements carry each <c>data-item</c> value in one layout of the charts (<c>wide</c> or
    /// <c>narrow</c>): the items outside charts, and those of the charts drawn for that layout.
    /// </summary>
    public static Dictionary<string, int> ItemCounts(string html, string layout = "wide") =>
        ItemAttribute().Matches(WithoutOtherLayouts(html, layout)).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The charts of the page drawn for <paramref name="layout"/>, each as its whole <c>&lt;svg&gt;</c> element.</summary>
    public static List<string> Charts(string html, string layout) =>
        [.. ChartElement().Matches(html).Where(m => m.Groups["layout"].Value == layout).Select(m => m.Value)];

    /// <summary><paramref name="html"/> without the charts drawn for any layout but <paramref name="layout"/>.</summary>
    public static string WithoutOtherLayouts(string html, string layout) =>
        ChartElement().Replace(html, m => m.Groups["layout"].Value == layout ? m.Value : string.Empty);

    /// <summary>Every item's opening tag and its content (the wide charts' items and the items outside charts).</summary>
    public static IEnumerable<(string Tag, string Item, string Content)> Items(string html)
    {
        html = WithoutOtherLayouts(html, "wide");
        foreach (Match match in ItemElement().Matches(html))
        {
            var name = match.Groups["name"].Value;
            var end = html.IndexOf($"</{name}>", match.Index, StringComparison.Ordinal);
            yield return (match.Value, match.Groups["item"].Value, html[match.Index..end]);
        }
    }

    /// <summary>The targets of the page's internal links, unescaped, without the <c>#</c>.</summary>
    public static List<string> FragmentLinks(string html) =>
        [.. FragmentHref().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>The values of every <c>id</c> attribute, unescaped.</summary>
    public static List<string> Ids(string html) =>
        [.. IdAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>The JSON the page's last script writes into <c>#render-check</c> once the browser has laid it out.</summary>
    public static JsonDocument RenderCheck(string renderedDom)
    {
        var match = RenderCheckElement().Match(renderedDom);
        match.Success.Should().BeTrue("the page's render check should have run and written its result");
        return JsonDocument.Parse(WebUtility.HtmlDecode(match.Groups[1].Value));
    }

    [GeneratedRegex(@"data-item=""([^""]+)""")]
    private static partial Regex ItemAttribute();

    [GeneratedRegex(@"<svg class=""chart [a-z]+"" data-layout=""(?<layout>[a-z]+)"".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex ChartElement();

    [GeneratedRegex(@"<(?<name>a|g|tr|li|article)\b[^>]*\bdata-item=""(?<item>[^""]+)""[^>]*>")]
    private static partial Regex ItemElement();

    [GeneratedRegex(@"\bhref=""#([^""]*)""")]
    private static partial Regex FragmentHref();

    [GeneratedRegex(@"\bid=""([^""]*)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"<pre id=""render-check""[^>]*>([^<]*)</pre>")]
    private static partial Regex RenderCheckElement();
}
