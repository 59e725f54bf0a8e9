using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BorderCoop.Cli.Report;
using Xunit.Abstractions;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// The report of the embedded data, opened in headless Chromium at a desktop's width (1400 pixels) and a phone's (400):
/// it renders with no console message and no script error, the browser draws as many items per chart as the data has,
/// no text runs out of its box or over other text (measured in the page by <c>ReportLayoutCheck.js</c>), and a
/// screenshot of the page down to the citations is saved at each width for people to look at.
/// </summary>
/// <remarks>
/// <para>
/// These tests need Debian's <c>chromium</c> package and fail, with a message saying so, when it is missing (.ci/run
/// installs it). Each width is rendered once for the whole class, then screenshot once.
/// </para>
/// <para>
/// A headless window is never narrower than 500 pixels while its page loads, so the measured page is a copy of the
/// report, with the layout check appended, shown in an iframe exactly as wide as the width under test; the check copies
/// its result and the report's own render check into the page around the frame, which is what <c>--dump-dom</c> prints.
/// The screenshots are of the report itself: a screenshot's window is resized to its width before the picture is taken.
/// </para>
/// <para>Where the files go: <see cref="RenderedReport.Directory"/> (<c>report-browser/</c> in the test output folder).</para>
/// </remarks>
public sealed partial class ReportBrowserTests : IClassFixture<ReportBrowserTests.RenderedReport>
{
    private readonly RenderedReport report;
    private readonly ITestOutputHelper log;

    public ReportBrowserTests(RenderedReport report, ITestOutputHelper log)
    {
        this.report = report;
        this.log = log;
    }

    public static TheoryData<int> Widths => [.. RenderedReport.Widths];

    [Fact]
    public void Browser_RendersTheReport_WithoutAnyConsoleMessageOrScriptError()
    {
        var dom = report.Dom;
        log.WriteLine($"--dump-dom took {dom.Elapsed.TotalSeconds:0.0} s");

        dom.ExitCode.Should().Be(0, dom.Error);
        dom.ConsoleMessages.Should().BeEmpty("the report logs nothing, so any console message is an error or a refused request");
        dom.Output.Should().Contain("<pre id=\"report-errors\" hidden=\"\"></pre>", "no script error or refused request was recorded in the page");
        using var check = ReportPage.RenderCheck(dom.Output);
        check.RootElement.GetProperty("errors").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Browser_DrawsEveryChartItem_AsManyAsTheDataHas(int width)
    {
        var expected = ReportExpectations.NonZeroItemCounts(BorderCoopData.Default);
        var framed = report.Framed(width);

        framed.Run.ConsoleMessages.Should().BeEmpty();
        using var check = ReportPage.RenderCheck(framed.Run.Output);
        check.RootElement.GetProperty("drawn").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32())
            .Should().Equal(expected, $"at {width} pixels the browser laid out every item of the layout it shows with a visible box");
        check.RootElement.GetProperty("errors").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Browser_NoTextOverflowsItsBox_OrOverlapsOtherText(int width)
    {
        var framed = report.Framed(width);
        var result = framed.Layout.RootElement;
        log.WriteLine($"{width} px: {result.GetProperty("counts")}; page {result.GetProperty("height")} px tall, charts end at {result.GetProperty("chartsHeight")} px");

        result.GetProperty("width").GetInt32().Should().Be(width, "the check measured the report at the width under test");
        var counts = result.GetProperty("counts");
        counts.GetProperty("charts").GetInt32().Should().Be(ReportPage.Charts(File.ReadAllText(Path.Combine(report.Directory, "report.html")), width < 720 ? "narrow" : "wide").Count, "the layout of each chart for the width is shown, and only that");
        counts.GetProperty("svgTexts").GetInt32().Should().BeGreaterThan(200, "the labels of every chart were measured");
        counts.GetProperty("htmlFragments").GetInt32().Should().BeGreaterThan(1000, "the lines of text around the charts were measured");
        var problems = result.GetProperty("problems").EnumerateArray().Select(p => p.GetRawText()).ToList();
        problems.Should().BeEmpty(
            $"at {width} pixels no text may run out of its box, its chart or the window, overlap other text, or be smaller than 11 pixels ({result.GetProperty("problemCount")} problems)");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Browser_SavesAScreenshot_OfTheChartsAtEachWidth(int width)
    {
        var (shot, path, height) = report.Screenshot(width);
        log.WriteLine($"--screenshot took {shot.Elapsed.TotalSeconds:0.0} s; saved to {path} ({width}×{height})");

        shot.ExitCode.Should().Be(0, shot.Error);
        shot.ConsoleMessages.Should().BeEmpty();
        var png = File.ReadAllBytes(path);
        png.Take(8).Should().Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)).Should().Be(width);
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)).Should().Be(height);
        png.Length.Should().BeGreaterThan(200_000, "a blank page of that size compresses to a few kilobytes; charts and text do not");
    }

    [Fact]
    public void Browser_LayoutCheck_WouldCatchOverflowOverlapAndSmallText()
    {
        var page = Path.Combine(report.Directory, "broken-layout.html");
        File.WriteAllText(page, RenderedReport.Framing(
            """
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
            <svg class="chart wide" viewBox="0 0 200 50" width="200" height="50">
            <text x="10" y="20" style="font-size:12px">first label</text><text x="30" y="22" style="font-size:12px">second label</text>
            <text x="170" y="40" style="font-size:12px">runs out of the picture</text><text x="10" y="45" style="font-size:6px">tiny</text>
            </svg>
            <p style="width:60px;white-space:nowrap">a line far too long for its box</p>
            <table><tr><td style="white-space:nowrap">a table cell that will not wrap, wider than the window itself</td></tr></table>
            </body></html>
            """,
            300));

        var run = Chromium.Run(page, RenderedReport.Timeout, "--dump-dom", "--window-size=1000,800");

        using var layout = RenderedReport.LayoutCheck(run.Output);
        var checks = layout.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("check").GetString()).ToList();
        checks.Should().Contain(["svg-labels-overlap", "svg-text-outside-its-picture", "svg-text-too-small", "html-text-overflows-its-box", "html-text-outside-the-window", "page-scrolls-sideways"]);
    }

    [Fact]
    public void Browser_Check_WouldCatchAScriptErrorAndARefusedRequest()
    {
        var page = Path.Combine(report.Directory, "broken.html");
        File.WriteAllText(page, $"""
            <!DOCTYPE html><html><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{Html.Escape(ReportAssets.ContentSecurityPolicy)}">
            <script>{ReportAssets.ErrorScript}</script></head>
            <body><pre id="report-errors" hidden></pre><img src="http://127.0.0.1:9/nothing.png">
            <script>throw new Error('deliberate');</script></body></html>
            """);

        var run = Chromium.Run(page, RenderedReport.Timeout, "--dump-dom");

        run.ConsoleMessages.Should().Contain(m => m.Contains("deliberate", StringComparison.Ordinal))
            .And.Contain(m => m.Contains("Content Security Policy", StringComparison.Ordinal));
        run.Output.Should().Contain("script error: Uncaught Error: deliberate").And.Contain("refused by the content security policy: img-src");
    }

    /// <summary>Writes the report of the embedded data and renders it once per width for all the tests of the class.</summary>
    public sealed partial class RenderedReport
    {
        /// <summary>The widths the report is checked at: a desktop's and a phone's.</summary>
        public static readonly int[] Widths = [1400, 400];

        /// <summary>How long one Chromium run may take before it is killed (generous: CI has two cores, shared).</summary>
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

        private readonly Lazy<string> page;
        private readonly Lazy<ChromiumRun> dom;
        private readonly ConcurrentDictionary<int, Lazy<Framed>> framed = new();
        private readonly ConcurrentDictionary<int, Lazy<(ChromiumRun Run, string Path, int Height)>> screenshots = new();

        public RenderedReport()
        {
            Directory = Path.Combine(AppContext.BaseDirectory, "report-browser");
            page = new(() =>
            {
                System.IO.Directory.CreateDirectory(Directory);
                var path = Path.Combine(Directory, "report.html");
                File.WriteAllText(path, HtmlReportWriter.Write(BorderCoopData.Default));
                return path;
            });
            dom = new(() => Chromium.Run(page.Value, Timeout, "--dump-dom", "--window-size=1400,1000"));
        }

        /// <summary>Where the page, the screenshots (<c>report-1400.png</c>, <c>report-400.png</c>) and the other files of these tests go.</summary>
        public string Directory { get; }

        /// <summary>The DOM of the report after its scripts ran (<c>--dump-dom</c>), with Chromium's log.</summary>
        internal ChromiumRun Dom => dom.Value;

        /// <summary>
        /// A page that shows <paramref name="html"/>, with the layout check appended, in an iframe
        /// <paramref name="width"/> pixels wide.
        /// </summary>
        public static string Framing(string html, int width)
        {
            var script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cli", "ReportLayoutCheck.js"));
            var checkedHtml = html.Replace("</body>", $"<script>\n{script}\n</script>\n</body>", StringComparison.Ordinal);
            return string.Create(CultureInfo.InvariantCulture, $"""
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Report at {width} px</title></head>
                <body style="margin:0"><iframe style="border:0;width:{width}px;height:900px" srcdoc="{Html.Escape(checkedHtml)}"></iframe></body></html>
                """);
        }

        /// <summary>The result the layout check copied out of the frame into a dumped DOM.</summary>
        public static JsonDocument LayoutCheck(string dumpedDom)
        {
            var match = LayoutCheckElement().Match(dumpedDom);
            match.Success.Should().BeTrue("the layout check should have run in the frame and written its result");
            return JsonDocument.Parse(WebUtility.HtmlDecode(match.Groups[1].Value));
        }

        /// <summary>The report measured in a frame <paramref name="width"/> pixels wide.</summary>
        internal Framed Framed(int width) => framed.GetOrAdd(width, w => new Lazy<Framed>(() =>
        {
            var path = Path.Combine(Directory, $"report-check-{w}.html");
            File.WriteAllText(path, Framing(File.ReadAllText(page.Value), w));
            var run = Chromium.Run(path, Timeout, "--dump-dom", "--window-size=1600,1000");
            run.ExitCode.Should().Be(0, run.Error);
            return new Framed(run, LayoutCheck(run.Output));
        })).Value;

        /// <summary>A screenshot of the report at <paramref name="width"/>, as tall as the page down to the citations.</summary>
        internal (ChromiumRun Run, string Path, int Height) Screenshot(int width) => screenshots.GetOrAdd(width, w => new Lazy<(ChromiumRun, string, int)>(() =>
        {
            var height = Framed(w).Layout.RootElement.GetProperty("chartsHeight").GetInt32();
            var path = Path.Combine(Directory, $"report-{w}.png");
            File.Delete(path);
            var run = Chromium.Run(page.Value, Timeout, $"--screenshot={path}", $"--window-size={w},{height}");
            return (run, path, height);
        })).Value;

        [GeneratedRegex(@"<pre id=""layout-check""[^>]*>([^<]*)</pre>")]
        private static partial Regex LayoutCheckElement();
    }

    /// <summary>One width's measurement: the Chromium run (its DOM holds the copied render check) and the layout check's result.</summary>
    internal sealed record Framed(ChromiumRun Run, JsonDocument Layout);
}
