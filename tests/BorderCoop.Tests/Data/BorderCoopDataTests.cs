namespace BorderCoop.Tests.Data;

public sealed class BorderCoopDataTests
{
    [Fact]
    public void Default_LoadsEveryFamily()
    {
        var data = BorderCoopData.Default;

        data.Sources.Should().NotBeEmpty();
        data.Agencies.Should().NotBeEmpty();
        data.People.Should().NotBeEmpty();
        data.Agreements.Should().NotBeEmpty();
        data.Programs.Should().NotBeEmpty();
        data.ExtraditionCases.Should().NotBeEmpty();
        data.ExtraditionFigures.Should().NotBeEmpty();
        data.BudgetLines.Should().NotBeEmpty();
        data.Figures.Should().NotBeEmpty();
        data.Events.Should().NotBeEmpty();
        data.Conflicts.Should().NotBeEmpty();
    }
}
