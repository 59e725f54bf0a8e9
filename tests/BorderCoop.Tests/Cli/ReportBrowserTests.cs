using System.Buffers.Binary;
using System.Text.Json;
using BorderCoop.Cli.Report;
using Xunit.Abstractions;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// The report of the embedded data, opened in headless Chromium: it renders with no console message and no script
/// error, the browser draws as many items per chart as the data has, and a screenshot is saved for people to look at.
/// </summary>
/// <remarks>
/// These tests need Debian's <c>chromium</c> package and fail, with a message saying so, when it is missing (.ci/run
/// installs it). The page is rendered twice (the DOM after scripts ran, then a screenshot), once for the whole class.
/// </remarks>
public sealed class ReportBrowserTests : IClassFixture<ReportBrowserTests.RenderedReport>
{
    private readonly RenderedReport report;
    private readonly ITestOutputHelper log;

    public ReportBrowserTests(RenderedReport report, ITestOutputHelper log)
    {
        this.report = report;
        this.log = log;
    }

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

    [Fact]
    public void Browser_DrawsEveryChartItem_AsManyAsTheDataHas()
    {
        var expected = ReportExpectations.NonZeroItemCounts(BorderCoopData.Default);

        ReportPage.ItemCounts(report.Dom.Output).Should().Equal(expected, "the rendered DOM holds every item");
        using var check = ReportPage.RenderCheck(report.Dom.Output);
        check.RootElement.GetProperty("drawn").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32())
            .Should().Equal(expected, "the browser laid out every item with a visible box");
    }

    [Fact]
    public void Browser_SavesAScreenshot_OfTheFullWindow()
    {
        var shot = report.Screenshot;
        log.WriteLine($"--screenshot took {shot.Elapsed.TotalSeconds:0.0} s; saved to {report.ScreenshotPath}");

        shot.ExitCode.Should().Be(0, shot.Error);
        shot.ConsoleMessages.Should().BeEmpty();
        var png = File.ReadAllBytes(report.ScreenshotPath);
        png.Take(8).Should().Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)).Should().Be(1280);
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)).Should().Be(3000);
        png.Length.Should().BeGreaterThan(100_000, "a blank page of that size compresses to a few kilobytes; charts and text do not");
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

    /// <summary>Writes the report of the embedded data and renders it once for all the tests of the class.</summary>
    public sealed class RenderedReport
    {
        /// <summary>How long one Chromium run may take before it is killed (generous: CI has two cores, shared).</summary>
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

        private readonly Lazy<string> page;
        private readonly Lazy<ChromiumRun> dom;
        private readonly Lazy<ChromiumRun> screenshot;

        public RenderedReport()
        {
            Directory = Path.Combine(AppContext.BaseDirectory, "report-browser");
            ScreenshotPath = Path.Combine(Directory, "report.png");
            page = new(() =>
            {
                System.IO.Directory.CreateDirectory(Directory);
                var path = Path.Combine(Directory, "report.html");
                File.WriteAllText(path, HtmlReportWriter.Write(BorderCoopData.Default));
                return path;
            });
            dom = new(() => Chromium.Run(page.Value, Timeout, "--dump-dom"));
            screenshot = new(() =>
            {
                File.Delete(ScreenshotPath);
                return Chromium.Run(page.Value, Timeout, $"--screenshot={ScreenshotPath}", "--window-size=1280,3000");
            });
        }

        /// <summary>Where the page, the screenshot and other files of these tests go (in the test output folder).</summary>
        public string Directory { get; }

        /// <summary>Where the screenshot is saved.</summary>
        public string ScreenshotPath { get; }

        /// <summary>The DOM after the page's scripts ran (<c>--dump-dom</c>), with Chromium's log.</summary>
        internal ChromiumRun Dom => dom.Value;

        /// <summary>The screenshot run (<c>--screenshot</c>, 1280×3000), with Chromium's log.</summary>
        internal ChromiumRun Screenshot => screenshot.Value;
    }
}
