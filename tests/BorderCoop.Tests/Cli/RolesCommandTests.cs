using System.Text.Json;

namespace BorderCoop.Tests.Cli;

/// <summary><c>bordercoop roles</c>: who held an office when, on a dataset built here.</summary>
public sealed class RolesCommandTests
{
    private static BorderCoopData Data()
    {
        var ministry = TestRecords.Agency("ministry", "Ministry of Things", acronyms: ["MT"]);
        PersonRole Role(string title, string? period) => new(title, ministry.Id, null, period is null ? null : DateRange.Parse(period), TestRecords.Quote);
        return TestRecords.Data(
            ministry,
            new Person("person/first", "First Minister", null, [Role("Minister", "2000/2005")], TestRecords.Quote),
            new Person("person/second", "Second Minister", null, [Role("Minister", "2006-12/")], TestRecords.Quote),
            new Person("person/undated", "Undated Adviser", null, [Role("Adviser", null)], TestRecords.Quote));
    }

    [Fact]
    public void Roles_OnADay_AreGradedLikeEveryOtherDate_AndUndatedOnesAreUncertain()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data(), "roles", "--on", "2003-06-01", "--agency", "MT", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(m => (m.GetProperty("record").GetProperty("person").GetString(), m.GetProperty("certainty").GetString(), m.GetProperty("dateKind").GetString()))
            .Should().Equal(("person/first", "certain", "held"), ("person/undated", "uncertain", "held"));
    }

    [Fact]
    public void Roles_WithoutADate_ListEveryRoleInTimeOrder()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data(), "roles");

        exitCode.Should().Be(0);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).Select(l => l.Trim())
            .Should().SatisfyRespectively(
                first => first.Should().StartWith("2000 – 2005  First Minister"),
                second => second.Should().StartWith("2006-12 – ?  Second Minister"),
                third => third.Should().Contain("Undated Adviser"));
    }

    [Fact]
    public void Roles_OnADayAndInAPeriod_IsAUsageError()
    {
        var (exitCode, _, error) = CliRunner.RunOn(Data(), "roles", "--on", "2003-06-01", "--from", "2003");

        exitCode.Should().Be(2);
        error.Should().Contain("--on cannot be combined with --from or --to");
    }
}
