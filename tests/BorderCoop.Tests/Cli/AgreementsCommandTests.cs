using System.Text.Json;

namespace BorderCoop.Tests.Cli;

public sealed class AgreementsCommandTests
{
    [Fact]
    public void Agreements_WithoutOptions_ListsEveryAgreement_InTimeOrder()
    {
        var (exitCode, output, _) = CliRunner.Run("agreements", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var ids = json.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        ids.Should().Equal(BorderCoopData.InTimeOrder(BorderCoopData.Default.Agreements).Select(a => a.Id));
        ids.Should().BeEquivalentTo(BorderCoopData.Default.Agreements.Select(a => a.Id));
        ids.IndexOf("agreement/mou-information-exchange-1987").Should().BeLessThan(ids.IndexOf("agreement/agreement-against-drug-trafficking-1989"));
    }

    [Fact]
    public void Agreements_IssuedByOneGovernment_SayIssued()
    {
        var (_, output, _) = CliRunner.Run("agreements");

        output.Split('\n').Single(l => l.Contains("agreement/norms-foreign-agents-1992", StringComparison.Ordinal)).Should().StartWith("issued 1992-07");
    }

    [Fact]
    public void Agreements_InForceOnTheFirstDayOfTheirYear_AreUncertainWithTheReason()
    {
        var (exitCode, output, _) = CliRunner.Run("agreements", "--in-force-on", "1989-01-01");

        exitCode.Should().Be(0);
        var row = output.Split('\n').Single(l => l.Contains("agreement/agreement-against-drug-trafficking-1989", StringComparison.Ordinal));
        row.Should().StartWith("1989 ").And.Contain("uncertain: signed 1989; the sources give no date of entry into force");
    }

    [Fact]
    public void Agreements_InForceOn_Json_CarriesCertaintyReasonAndRecord()
    {
        var (_, output, _) = CliRunner.Run("agreements", "--in-force-on", "1989-01-01", "--format", "json");

        using var json = JsonDocument.Parse(output);
        var match = json.RootElement.EnumerateArray().Single(m => m.GetProperty("record").GetProperty("id").GetString() == "agreement/agreement-against-drug-trafficking-1989");
        match.GetProperty("certainty").GetString().Should().Be("uncertain");
        match.GetProperty("record").GetProperty("signed").GetString().Should().Be("1989");
    }

    [Fact]
    public void Agreements_SignedInAPeriod_MatchTheQueryHelper()
    {
        var (exitCode, output, _) = CliRunner.Run("agreements", "--from", "1996", "--to", "1998", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var expected = BorderCoopData.Default.AgreementsSignedIn(new NodaTime.DateInterval(new(1996, 1, 1), new(1998, 12, 31)));
        expected.Should().NotBeEmpty();
        json.RootElement.EnumerateArray().Select(m => m.GetProperty("record").GetProperty("id").GetString())
            .Should().Equal(expected.Select(m => m.Record.Id));
    }

    [Fact]
    public void Agreements_InForceOnAYear_ExitsWithTwo_BecauseADayIsNeeded()
    {
        var (exitCode, _, error) = CliRunner.Run("agreements", "--in-force-on", "1989");

        exitCode.Should().Be(2);
        error.Should().Contain("--in-force-on needs an exact day such as 2008-06-01, not '1989'.");
    }

    [Fact]
    public void Agreements_WithADayAndAPeriod_ExitsWithTwo()
    {
        CliRunner.Run("agreements", "--in-force-on", "2008-06-01", "--from", "1990").ExitCode.Should().Be(2);
    }
}
