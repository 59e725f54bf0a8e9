using System.Text.Json;

namespace BorderCoop.Tests.Cli;

public sealed class ExtraditionsCommandTests
{
    private static readonly string MyCases = Path.Combine(AppContext.BaseDirectory, "Data", "UserData", "my-cases.json");

    private static BorderCoopData Abrego()
    {
        var abrego = TestRecords.Person("juan-garcia-abrego", "Juan Garcia Abrego", "García Ábrego");
        var cardenas = TestRecords.Person("osiel-cardenas", "Osiel Cardenas");
        var source = TestRecords.Source.Id;
        ExtraditionFigure Figure(string slug, string period, decimal value, ExtraditionMeasure measure, string from = "MX", string to = "US") =>
            new($"extradition-figure/{slug}", DateRange.Parse(period), null, from, to, ExtraditionPopulation.AllPersons, null, measure, new Quantity(value, QuantityQualifier.Exact, "persons"), null, [new Citation(source, "a count")]);
        return TestRecords.Data(
            abrego,
            cardenas,
            TestRecords.Case("juan-garcia-abrego", abrego.Id, arrested: "1996-01-14", surrendered: "1996-01~", outcome: ExtraditionOutcome.Surrendered, mechanism: ExtraditionMechanism.Expulsion),
            TestRecords.Case("osiel-cardenas", cardenas.Id, surrendered: "[..2007-01]", outcome: ExtraditionOutcome.Surrendered),
            Figure("total-1995-2000", "1995/2000", 61, ExtraditionMeasure.Total),
            Figure("annual-average-1996-2000", "1996/2000", 24, ExtraditionMeasure.AnnualAverage),
            Figure("in-2009", "2009", 107, ExtraditionMeasure.Total),
            Figure("us-to-mx-1995-2000", "1995/2000", 9, ExtraditionMeasure.Total, "US", "MX"));
    }

    [Fact]
    public void Extraditions_ListsEveryCaseWithPersonDirectionAndDatesAtTheirPrecision()
    {
        var (exitCode, output, _) = CliRunner.RunOneLine(Abrego(), "extraditions");

        exitCode.Should().Be(0);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        rows.Should().HaveCount(2);
        rows.Single(r => r.Contains("extradition-case/juan-garcia-abrego", StringComparison.Ordinal))
            .Should().MatchRegex(@"^Juan Garcia Abrego\s+MX→US\s+expulsion\s+1996-01-14\s+c\. 1996-01\s+surrendered\s");
    }

    [Fact]
    public void Extraditions_ByPersonName_FindTheirCase()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Abrego(), "extraditions", "--person", "garcia abrego", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Equal("extradition-case/juan-garcia-abrego");
    }

    [Fact]
    public void Extraditions_InTheDaysBeforeTheArrest_LeaveOutTheSurrenderThatCameAfterIt_AndListBoundsAsUncertain()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Abrego(), "extraditions", "--from", "1996-01-01", "--to", "1996-01-13", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(m => (m.GetProperty("record").GetProperty("id").GetString(), m.GetProperty("certainty").GetString(), m.GetProperty("reason").GetString()))
            .Should().Equal(("extradition-case/osiel-cardenas", "uncertain", "surrendered by 2007-01, which may fall outside the period"));
    }

    [Fact]
    public void Extraditions_Figures_ForAPeriodAndDirection_ShowEveryVersionWithItsSource()
    {
        var (exitCode, output, _) = CliRunner.RunOneLine(Abrego(), "extraditions", "--figures", "--from", "1996", "--to", "2000", "--direction", "mx-us");

        exitCode.Should().Be(0);
        // The conflicting totals are listed side by side: 61 in total and 24 a year, each with its source.
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        rows.Should().HaveCount(2);
        rows.Should().ContainSingle(r => r.Contains("extradition-figure/total-1995-2000", StringComparison.Ordinal)).Which.Should().Contain("61 persons").And.Contain("source/test");
        rows.Should().ContainSingle(r => r.Contains("extradition-figure/annual-average-1996-2000", StringComparison.Ordinal)).Which.Should().Contain("24 persons");
    }

    [Fact]
    public void Extraditions_WithUserData_IncludeTheUsersCases()
    {
        var (exitCode, output, _) = CliRunner.Run("extraditions", "--data", MyCases, "--person", "Example Defendant One");

        exitCode.Should().Be(0);
        output.Should().Contain("extradition-case/example-defendant-one").And.Contain("2011-09").And.Contain("2012-03");
    }

    [Theory]
    [InlineData("--direction", "mexico")]
    [InlineData("--mechanism", "kidnapping")]
    public void Extraditions_WithAMalformedValue_ExitsWithTwo(string option, string value)
    {
        var (exitCode, output, error) = CliRunner.Run("extraditions", option, value);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith($"bordercoop: {option} expects");
    }

    [Fact]
    public void Extraditions_FiguresForAPeriodWithoutDirection_ExitsWithTwo()
    {
        CliRunner.Run("extraditions", "--figures", "--from", "1996").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Extraditions_OfAnUnknownPerson_ExitWithOne()
    {
        var (exitCode, _, error) = CliRunner.Run("extraditions", "--person", "nobody at all");

        exitCode.Should().Be(1);
        error.Should().StartWith("bordercoop: No person is called 'nobody at all'");
    }

    private static BorderCoopData CasesAndFigures()
    {
        var person = TestRecords.Person("x", "X Person");
        ExtraditionCase Case(string slug, string? arrested, string? surrendered, ExtraditionOutcome outcome) =>
            new($"extradition-case/{slug}", person.Id, "MX", "US", ExtraditionMechanism.Extradition, arrested is null ? null : PartialDate.Parse(arrested), null, null, null,
                surrendered is null ? null : PartialDate.Parse(surrendered), outcome, null, null, null, TestRecords.Quote);
        ExtraditionFigure Figure(string slug, string period, ExtraditionPopulation population, string? nationality, int value) =>
            new($"extradition-figure/{slug}", DateRange.Parse(period), null, "MX", "US", population, nationality, ExtraditionMeasure.Total, new Quantity(value, QuantityQualifier.Exact, "persons"), null, TestRecords.Quote);
        return TestRecords.Data(
            person,
            Case("handed-over-2009", "2008-03", "2009-05", ExtraditionOutcome.Surrendered),
            Case("arrested-2009-never-sent", "2009-02", null, ExtraditionOutcome.Denied),
            Figure("nationals-2009", "2009", ExtraditionPopulation.Nationals, "MX", 107),
            Figure("all-2008-2010", "2008/2010", ExtraditionPopulation.AllPersons, null, 300),
            Figure("all-2009-2012", "2009-06/2012", ExtraditionPopulation.AllPersons, null, 400));
    }

    [Fact]
    public void Extraditions_InAPeriod_AreSurrendersByDefault_WithTheMatchedStepInJson()
    {
        var (exitCode, output, _) = CliRunner.RunOn(CasesAndFigures(), "extraditions", "--from", "2009", "--to", "2009", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var match = json.RootElement.EnumerateArray().Single();
        (match.GetProperty("record").GetProperty("id").GetString(), match.GetProperty("dateKind").GetString(), match.GetProperty("overlap").GetString(), match.GetProperty("date").GetString())
            .Should().Be(("extradition-case/handed-over-2009", "surrendered", "within", "2009-05"));
    }

    [Fact]
    public void Extraditions_WithStepAny_ListEachCaseOnce_WithTheStepThatMatched()
    {
        var (_, output, _) = CliRunner.RunOn(CasesAndFigures(), "extraditions", "--from", "2009", "--to", "2009", "--step", "any", "--format", "json");

        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(m => (m.GetProperty("record").GetProperty("id").GetString(), m.GetProperty("dateKind").GetString()))
            .Should().Equal(("extradition-case/arrested-2009-never-sent", "arrested"), ("extradition-case/handed-over-2009", "surrendered"));
    }

    [Fact]
    public void Extraditions_InAPeriod_PointToTheFiguresReportedForIt_WithTheirPopulation_NotThoseThatOnlyPartlyOverlap()
    {
        var (_, output, _) = CliRunner.RunOneLine(CasesAndFigures(), "extraditions", "--from", "2009", "--to", "2009");

        output.Should().Contain("The sources also report 2 aggregate figure(s) for this period: 300 persons (all persons, 2008 – 2010, total); 107 persons (MX nationals, 2009, total)")
            .And.Contain("bordercoop extraditions --figures --from 2009 --to 2009 --direction MX-US").And.NotContain("400 persons");
    }

    [Fact]
    public void ExtraditionFigures_ShowThePopulation_AndSayWhenAFigureOnlyPartlyOverlapsThePeriod()
    {
        var (_, output, _) = CliRunner.RunOneLine(CasesAndFigures(), "extraditions", "--figures", "--from", "2008", "--to", "2010", "--direction", "MX-US");

        var lines = output.Split('\n');
        lines.Single(l => l.Contains("extradition-figure/nationals-2009", StringComparison.Ordinal)).Should().Contain("MX nationals").And.EndWith("certain");
        lines.Single(l => l.Contains("extradition-figure/all-2009-2012", StringComparison.Ordinal)).Should().Contain("all persons")
            .And.Contain("certain: counts 2009-06 – 2012, which partly overlaps the period");
    }

    [Fact]
    public void Extraditions_StepOnlyAppliesToCases()
    {
        var (exitCode, _, error) = CliRunner.RunOn(CasesAndFigures(), "extraditions", "--figures", "--step", "arrested");

        exitCode.Should().Be(2);
        error.Should().Contain("--step apply to cases only");
    }

    [Fact]
    public void Extraditions_WithNoCaseInAPeriodThatHasFigures_SayWhereTheFiguresAre()
    {
        var (exitCode, output, error) = CliRunner.RunOn(CasesAndFigures(), "extraditions", "--from", "2008", "--to", "2008", "--format", "json");

        exitCode.Should().Be(1);
        output.Trim().Should().Be("[]");
        error.Should().StartWith("bordercoop: no extradition case matches. The sources also report 1 aggregate figure(s) for this period: 300 persons (all persons, 2008 – 2010, total)");
    }
}
