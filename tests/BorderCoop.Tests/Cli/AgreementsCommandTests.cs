using System.Text.Json;
using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Cli;

/// <summary><c>bordercoop agreements</c>, on a dataset built here.</summary>
public sealed class AgreementsCommandTests
{
    private static readonly Agreement SignedIn1989 = DatedAgreement("drugs-1989", signed: "1989");
    private static readonly Agreement Undated = DatedAgreement("undated");
    private static readonly Agreement Mou = DatedAgreement("mou-1987", signed: "1987-12", inForce: "1991");
    private static readonly Agreement Norms = DatedAgreement("norms-1992", issued: "1992-07");
    private static readonly Agreement Declaration = DatedAgreement("declaration-1997", signed: "1997-05");
    private static readonly BorderCoopData Data = TestRecords.Data(SignedIn1989, Undated, Mou, Norms, Declaration);

    [Fact]
    public void Agreements_WithoutOptions_ListsEveryAgreement_InTimeOrder_UndatedLast()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "agreements", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString())
            .Should().Equal(Mou.Id, SignedIn1989.Id, Norms.Id, Declaration.Id, Undated.Id);
    }

    [Fact]
    public void Agreements_IssuedByOneGovernment_SayIssued()
    {
        var (_, output, _) = CliRunner.RunOn(Data, "agreements");

        output.Split('\n').Single(l => l.Contains(Norms.Id, StringComparison.Ordinal)).Should().StartWith("issued 1992-07");
    }

    [Fact]
    public void Agreements_InForceOnTheFirstDayOfTheirYear_AreUncertainWithTheReason()
    {
        var (exitCode, output, _) = CliRunner.RunOneLine(Data, "agreements", "--in-force-on", "1989-01-01");

        exitCode.Should().Be(0);
        var row = output.Split('\n').Single(l => l.Contains(SignedIn1989.Id, StringComparison.Ordinal));
        row.Should().StartWith("1989 ").And.Contain("uncertain: signed 1989; the sources give no date of entry into force");
    }

    [Fact]
    public void Agreements_InForceOn_Json_CarriesCertaintyReasonAndRecord()
    {
        var (_, output, _) = CliRunner.RunOn(Data, "agreements", "--in-force-on", "1989-01-01", "--format", "json");

        using var json = JsonDocument.Parse(output);
        var match = json.RootElement.EnumerateArray().Single(m => m.GetProperty("record").GetProperty("id").GetString() == SignedIn1989.Id);
        match.GetProperty("certainty").GetString().Should().Be("uncertain");
        match.GetProperty("reason").GetString().Should().Be("signed 1989; the sources give no date of entry into force");
        match.GetProperty("record").GetProperty("signed").GetString().Should().Be("1989");
    }

    [Fact]
    public void Agreements_SignedInAPeriod_AreTheQueryHelpersAnswer()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "agreements", "--from", "1996", "--to", "1998", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var expected = Data.AgreementsSignedIn(new NodaTime.DateInterval(new(1996, 1, 1), new(1998, 12, 31)));
        json.RootElement.EnumerateArray().Select(m => m.GetProperty("record").GetProperty("id").GetString())
            .Should().Equal(expected.Select(m => m.Record.Id)).And.StartWith(Declaration.Id);
    }

    [Fact]
    public void Agreements_InForceOnAYear_ExitsWithTwo_BecauseADayIsNeeded()
    {
        var (exitCode, _, error) = CliRunner.RunOn(Data, "agreements", "--in-force-on", "1989");

        exitCode.Should().Be(2);
        error.Should().Contain("--in-force-on needs an exact day such as 2008-06-01, not '1989'.");
    }

    [Fact]
    public void Agreements_WithADayAndAPeriod_ExitsWithTwo()
    {
        CliRunner.RunOn(Data, "agreements", "--in-force-on", "2008-06-01", "--from", "1990").ExitCode.Should().Be(2);
    }
}
