using System.Text.RegularExpressions;
using BorderCoop.Cli.Report;

namespace BorderCoop.Tests.Cli;

/// <summary><c>bordercoop report --output FILE</c>, run in-process: the file, its links, its counts, its safety.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private static readonly Lazy<string> EmbeddedReport = new(() => HtmlReportWriter.Write(BorderCoopData.Default));

    private readonly string directory = Directory.CreateTempSubdirectory("bordercoop-report-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Report_WritesOneHtmlFile_AndSaysWhereOnStandardError()
    {
        var path = Path.Combine(directory, "report.html");

        var (exitCode, output, error) = CliRunner.Run("report", "--output", path);

        exitCode.Should().Be(0);
        output.Should().BeEmpty();
        error.Should().StartWith("bordercoop: wrote a report of ").And.Contain(path);
        var html = File.ReadAllText(path);
        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">").And.EndWith("</html>\n");
        html.Should().Be(EmbeddedReport.Value);
    }

    [Fact]
    public void Report_WithoutOutput_IsAUsageError_WithTheReasonOnTheFirstLine()
    {
        var (exitCode, output, error) = CliRunner.Run("report");

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        var reason = error.Split('\n')[0];
        reason.Should().StartWith("bordercoop: ").And.Contain("--output");
    }

    [Fact]
    public void Report_InMissingFolders_CreatesThem_AsExportDoes()
    {
        var path = Path.Combine(directory, "missing", "folders", "report.html");

        var (exitCode, output, error) = CliRunner.RunOn(TestRecords.Data(), "report", "--output", path);

        exitCode.Should().Be(0, error);
        output.Should().BeEmpty();
        File.ReadAllText(path).Should().StartWith("<!DOCTYPE html>");
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public void Report_ToAFolder_IsAUsageError_SuggestingAFileInIt_AndLeavesTheFolderAlone(string ending)
    {
        File.WriteAllText(Path.Combine(directory, "kept.txt"), "kept");
        var folder = directory + ending;

        var (exitCode, output, error) = CliRunner.Run("report", "--output", folder);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"bordercoop: --output names a folder ({folder}); give a file name such as {Path.Join(folder, "report.html")}. (see 'bordercoop report --help'){Environment.NewLine}");
        Directory.GetFileSystemEntries(directory).Should().Equal(Path.Combine(directory, "kept.txt"));
    }

    [Fact]
    public void Report_ToAFolderThatDoesNotExistYet_NamedWithAFinalSeparator_IsAUsageError_AndCreatesNothing()
    {
        var folder = Path.Combine(directory, "new") + Path.DirectorySeparatorChar;

        var (exitCode, _, error) = CliRunner.Run("report", "--output", folder);

        exitCode.Should().Be(2);
        error.Should().Contain("--output names a folder");
        Directory.Exists(folder).Should().BeFalse();
    }

    [Fact]
    public void Report_UnderAFile_IsAUsageError_NamingTheFile()
    {
        var file = Path.Combine(directory, "a-file");
        File.WriteAllText(file, "not a folder");

        var (exitCode, _, error) = CliRunner.Run("report", "--output", Path.Combine(file, "sub", "report.html"));

        exitCode.Should().Be(2);
        error.Should().StartWith("bordercoop: --output ").And.Contain($"lies under a file ({file})");
        error.TrimEnd().Should().NotContain("\n");
        File.ReadAllText(file).Should().Be("not a folder");
    }

    [Fact]
    public void Report_IsByteIdentical_OnEveryRun()
    {
        var first = Path.Combine(directory, "first.html");
        var second = Path.Combine(directory, "second.html");

        CliRunner.Run("report", "--output", first).ExitCode.Should().Be(0);
        CliRunner.Run("report", "--output", second).ExitCode.Should().Be(0);

        File.ReadAllBytes(second).Should().Equal(File.ReadAllBytes(first));
        File.ReadAllBytes(first).Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "the page is UTF-8 without a byte order mark");
    }

    [Fact]
    public void Report_RefersToNothingOutsideTheFile_AndDeclaresAPolicyThatForbidsIt()
    {
        var html = EmbeddedReport.Value;

        Regex.Matches(html, @"\b(?:src|href|action|formaction|poster|data|xlink:href|srcset)\s*=\s*[""']?\s*(?:[a-z][a-z0-9+.-]*:|//)", RegexOptions.IgnoreCase)
            .Select(m => m.Value).Should().BeEmpty("no attribute may point to a URL, absolute or scheme-relative");
        Regex.Matches(html, @"url\(\s*[""']?\s*(?:[a-z][a-z0-9+.-]*:|//)", RegexOptions.IgnoreCase)
            .Select(m => m.Value).Should().BeEmpty("no CSS url() may load anything");
        Regex.Matches(html, @"<(?:link|img|iframe|object|embed|base|video|audio|source)\b|@import", RegexOptions.IgnoreCase)
            .Select(m => m.Value).Should().BeEmpty();
        Regex.Matches(html, @"\bhref=""([^""]*)""").Select(m => m.Groups[1].Value).Should().OnlyContain(href => href.StartsWith('#'));
        html.Should().Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; script-src &#39;unsafe-inline&#39;; img-src data:\">");
    }

    [Fact]
    public void Report_EveryInternalLinkHasATarget_AndEveryCitationAnchorIsUnique()
    {
        var html = EmbeddedReport.Value;
        var ids = ReportPage.Ids(html);
        var links = ReportPage.FragmentLinks(html);

        ids.Should().OnlyHaveUniqueItems();
        links.Should().NotBeEmpty().And.OnlyContain(link => ids.Contains(link));
        links.Where(l => l.StartsWith("cite-", StringComparison.Ordinal)).Should().HaveCountGreaterThan(100);
        ids.Where(i => i.StartsWith("cite-", StringComparison.Ordinal))
            .Should().OnlyContain(id => links.Contains(id), "the citations section lists exactly the records the charts link to");
    }

    [Fact]
    public void Report_EveryChartItemLinksToTheCitationsOfItsRecords()
    {
        var items = ReportPage.Items(EmbeddedReport.Value).ToList();

        items.Should().HaveCountGreaterThan(100);
        items.Should().OnlyContain(i => i.Content.Contains("href=\"#cite-", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_DrawsAsManyItemsPerChart_AsTheEmbeddedDataHas()
    {
        var data = BorderCoopData.Default;

        ReportPage.ItemCounts(EmbeddedReport.Value).Should().Equal(ReportExpectations.NonZeroItemCounts(data));
    }

    [Fact]
    public void Report_OfAHandMadeDataset_CountsAsSpecified()
    {
        var html = HtmlReportWriter.Write(SmallDataset());
        var expected = new Dictionary<string, int>
        {
            // A program's start (its end is open), 7 case dates (3 arrests, a grant, a request, 2 surrenders) and the
            // dated event, each a numbered mark and an entry of the list; the undated event, case and program have none.
            ["timeline"] = 9,
            ["timeline-entry"] = 9,

            // The one reported figure is a row of the chart; every case, dated or not, a row of the cases table.
            ["extradition-figure"] = 1,
            ["extradition-case"] = 5,

            // FY2010 USD request, FY2010 USD appropriation (two lines stacked), FY2010 MXN request.
            ["budget"] = 3,
            ["budget-span"] = 1,

            // Two programs and the two agencies they name (not the third agency); one lead and one participation.
            ["network-node"] = 4,
            ["network-edge"] = 2,
        };

        ReportPage.ItemCounts(html, "wide").Should().Equal(expected);
        ReportPage.ItemCounts(html, "narrow").Should().Equal(expected, "the narrow layout draws the same items, laid out for a phone");
        ReportPage.ItemCounts(html).Should().Equal(ReportExpectations.NonZeroItemCounts(SmallDataset()));
    }

    [Fact]
    public void Report_EveryChart_IsDrawnWideAndNarrow()
    {
        var html = EmbeddedReport.Value;

        var wide = ReportPage.Charts(html, "wide");
        var narrow = ReportPage.Charts(html, "narrow");

        wide.Should().HaveCountGreaterThanOrEqualTo(4, "the timeline, the extradition figures (a picture per panel), the budget (one per currency) and the network");
        narrow.Should().HaveCount(wide.Count);
        wide.Should().OnlyContain(svg => svg.Contains("viewBox=\"0 0 1180 ", StringComparison.Ordinal));
        narrow.Should().OnlyContain(svg => svg.Contains("viewBox=\"0 0 360 ", StringComparison.Ordinal));
        ReportPage.ItemCounts(html, "narrow").Should().Equal(ReportPage.ItemCounts(html, "wide"));
    }

    [Fact]
    public void Report_ListsEveryCase_WithTheStepsTheSourcesDate()
    {
        var html = HtmlReportWriter.Write(SmallDataset());

        html.Should().Contain("<td data-label=\"Person\"><a href=\"#cite-extradition-case/annulled-2001\">Person Two</a></td><td data-label=\"Direction\">Mexico → U.S.</td><td data-label=\"Mechanism\">extradition</td><td data-label=\"Steps\">arrested 1998; granted 2001</td><td data-label=\"Outcome\">granted then annulled</td>");
        html.Should().Contain("<td data-label=\"Steps\">arrested 1998-02; requested c. 1999</td>");
        html.Should().Contain("<a href=\"#cite-extradition-case/undated\">Person One</a></td><td data-label=\"Direction\">Mexico → U.S.</td><td data-label=\"Mechanism\">extradition</td><td data-label=\"Steps\">no date given</td>");
        html.Should().NotContain("data-item=\"extradition\"", "a handful of cases is listed, never charted as a count");
    }

    [Fact]
    public void Report_BudgetBars_NeverAddOneStageToAnother()
    {
        var html = HtmlReportWriter.Write(SmallDataset());

        html.Should().Contain("<title>FY2010 request: USD 10,000,000 (1 line)</title>");
        html.Should().Contain("<title>FY2010 appropriation: USD 25,000,000 (2 lines)</title>");
        html.Should().Contain("<title>FY2010 request: MXN 1,000,000 (1 line)</title>");
        html.Should().NotContain("35,000,000").And.NotContain("11,000,000");
        html.Should().Contain("data-item=\"budget-span\" data-stage=\"assistance-total\" data-currency=\"USD\"><title>Assistance over four years: USD 30,000,000 (assistance total, 2005 – 2008)</title>");
    }

    [Fact]
    public void Report_TimelineMarks_KeepTheirPrecisionAndApproximation()
    {
        var data = BorderCoopData.Default;
        var html = ReportPage.WithoutOtherLayouts(EmbeddedReport.Value, "wide");

        foreach (var precision in Enum.GetValues<DatePrecision>())
        {
            var name = precision.ToString().ToLowerInvariant();
            Regex.Count(html, $@"data-item=""timeline""[^>]*data-precision=""{name}""")
                .Should().Be(data.Timeline.Count(e => e.Date.Precision == precision), $"every {name}-precision date is drawn as one");
        }

        Regex.Count(html, @"data-item=""timeline""[^>]*data-approximate=""true""").Should().Be(data.Timeline.Count(e => e.Date.IsApproximate)).And.BeGreaterThan(0);
    }

    [Fact]
    public void Report_ATimelineMark_SaysItsDateAsTheToolDoes_WhatHappenedAndToWhat()
    {
        var html = HtmlReportWriter.Write(TestRecords.Data(TestRecords.Program("fusion-centers", "Fusion Centers", period: "2004~/..")));

        html.Should().Contain("<title>1. c. 2004 · started · Fusion Centers</title>");
        html.Should().Contain("<li data-item=\"timeline-entry\" data-number=\"1\"><span class=\"num key-program\">1</span> <span class=\"date\">c. 2004</span> started: <a href=\"#cite-program/fusion-centers\">Fusion Centers</a></li>", "the list under the chart says what mark 1 is, without hovering");
    }

    [Fact]
    public void Report_CitationsSection_QuotesEachSourceAsItReads_WithoutMarkdownEscapes()
    {
        var person = TestRecords.Person("abrego", "Juan García Ábrego");
        var dea = TestRecords.Agency("us-dea", "Drug Enforcement Administration");
        var quotes = TestRecords.Quotes("arrested on January 14, 1996", "the DEA's \"assistance\" & <help>", @"a few days later, for \$20 million");
        var expulsion = new ExtraditionCase("extradition-case/abrego", person.Id, "MX", "US", ExtraditionMechanism.Expulsion, PartialDate.Parse("1996-01-14"), null, null, null,
            PartialDate.Parse("1996-01~"), ExtraditionOutcome.Surrendered, null, null, [dea.Id], quotes);
        var siu = TestRecords.Program("dea-siu", "Sensitive Investigative Units", leads: [dea.Id]);
        var data = TestRecords.Data(person, dea, siu, expulsion, TestRecords.Conflict("mechanism", "Expelled or extradited?", expulsion.Id));

        var html = HtmlReportWriter.Write(data);

        html.Should().Contain("<article class=\"record\" id=\"cite-extradition-case/abrego\">");
        html.Should().Contain("<blockquote>arrested on January 14, 1996</blockquote>")
            .And.Contain("<blockquote>the DEA&#39;s &quot;assistance&quot; &amp; &lt;help&gt;</blockquote>")
            .And.Contain("<blockquote>a few days later, for $20 million</blockquote>", "the reader copies the words, not the document's escape");
        html.Should().Contain("Sources disagree: <strong>");
        html.Should().Contain("<article class=\"record\" id=\"cite-agency/us-dea\">").And.Contain("An agency’s names are reference data");
    }

    [Fact]
    public void Report_Header_NamesTheDataRelease_AndEverySourceInFull()
    {
        var html = EmbeddedReport.Value;
        var header = html[html.IndexOf("<header>", StringComparison.Ordinal)..html.IndexOf("</header>", StringComparison.Ordinal)];

        header.Should().Contain($"Data release <strong>{BorderCoopData.Default.DataVersion}</strong>");
        foreach (var source in BorderCoopData.Default.Sources)
        {
            header.Should().Contain($"<li data-source=\"{source.Id}\">");
            if (source.Title is not null)
            {
                header.Should().Contain($"<cite>{Html.Escape(source.Title)}</cite>", "a source's title is never cut");
            }
        }
    }

    [Fact]
    public void Report_Header_SaysWhatASourceLacks_AndGivesItsDateAsTheDataDoes()
    {
        var untitled = new Source("source/untitled", null, "A post with no title.", [], null, null, SourceKind.Analysis, null, "post.txt", []);
        var dated = new Source("source/dated", "A dated paper", "A paper.", ["Ana Pérez", "John Roe"], "The Review", PartialDate.Parse("2010-09").OrAfter(), SourceKind.AcademicPaper, "https://example.org/paper", "paper.txt", []);

        var html = HtmlReportWriter.Write(BorderCoopData.Create([untitled, dated]));

        html.Should().Contain("<li data-source=\"source/untitled\"><cite class=\"untitled\">Untitled analysis</cite> <span class=\"file\">(file post.txt)</span><br><span class=\"about\">no author named · no outlet named · no date given · analysis</span><br><span class=\"description\">A post with no title.</span></li>");
        html.Should().Contain("<li data-source=\"source/dated\"><cite>A dated paper</cite><br><span class=\"about\">by Ana Pérez, John Roe · The Review · published 2010-09 or later · academic paper</span><br><span class=\"url\">https://example.org/paper</span></li>");
    }

    [Fact]
    public void Report_WithUserData_ShowsTheUserRecords()
    {
        var path = Path.Combine(directory, "report.html");

        var (exitCode, _, _) = CliRunner.Run("report", "--output", path, "--data", UserDataFile("self-contained.json"));

        exitCode.Should().Be(0);
        var html = File.ReadAllText(path);
        html.Should().Contain("<a href=\"#cite-extradition-case/example-fugitive\">");
        html.Should().Contain("<td data-label=\"Direction\">U.S. → Mexico</td><td data-label=\"Mechanism\">deportation</td><td data-label=\"Steps\">surrendered 2013</td>");
        html.Should().Contain("id=\"cite-extradition-case/example-fugitive\"").And.Contain("the fugitive was expelled in 2013");
        html.Should().Contain("data-fiscal-year=\"FY2013\" data-stage=\"request\"");
    }

    [Fact]
    public void Report_EscapesMarkupFromUserData_InTextAndAttributes()
    {
        var path = Path.Combine(directory, "report.html");

        var (exitCode, _, error) = CliRunner.Run("report", "--output", path, "--data", ReportDataFile("hostile.json"));

        exitCode.Should().Be(0, error);
        var html = File.ReadAllText(path);
        html.Should().NotContain("<script>alert(").And.NotContain("<img").And.NotContain("<b>left");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.Should().Contain("<cite>&lt;script&gt;alert(1)&lt;/script&gt;</cite>, Tom &amp; Jerry&#39;s &quot;Gazette&quot;");
        html.Should().Contain("<blockquote>He said &quot;stop&quot; &amp; &lt;b&gt;left&lt;/b&gt;</blockquote>");
        html.Should().Contain("<blockquote>&lt;/blockquote&gt;&lt;script&gt;alert(3)&lt;/script&gt;</blockquote>");
        html.Should().Contain("· other · &lt;img src=x onerror=alert(2)&gt; &#39;quoted&#39; &amp; &quot;double&quot;</title>");
        Regex.Count(html, "<script>").Should().Be(2, "only the report's own two scripts");
        ReportPage.ItemCounts(html).Should().Equal(ReportExpectations.NonZeroItemCounts(BorderCoopData.Default.ExtendFile(ReportDataFile("hostile.json"))));
    }

    [Fact]
    public void Report_OfAnEmptyDataset_SaysEachChartIsEmpty()
    {
        var html = HtmlReportWriter.Write(BorderCoopData.Create([]));

        ReportPage.ItemCounts(html).Should().BeEmpty();
        html.Should().Contain("No record has a date.").And.Contain("No individual extradition cases.")
            .And.Contain("No budget lines.").And.Contain("No cooperation programs.").And.Contain("No reported extradition figures.");
        html.Should().Contain("Records not from a data release", "a dataset built in code is no data release");
    }

    private static BorderCoopData SmallDataset() => BorderCoopData.LoadFile(ReportDataFile("small.json"));

    private static string ReportDataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Cli", "ReportData", name);

    private static string UserDataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "UserData", name);
}
