using BorderCoop.Cli.Report;

namespace BorderCoop.Tests.Cli.Report;

public sealed class LinearScaleTests
{
    [Fact]
    public void Amounts_GetRoundTicks_UpToTheLargestValue()
    {
        var scale = new LinearScale(20_000_000m, bottom: 200, height: 100, counts: false);

        scale.Ticks.Should().Equal(0m, 5_000_000m, 10_000_000m, 15_000_000m, 20_000_000m);
        scale.Y(10_000_000m).Should().Be(150);
        scale.Length(20_000_000m).Should().Be(100);
    }

    [Fact]
    public void Amounts_ThatAreNotRound_ReachTheNextRoundTick()
    {
        new LinearScale(18_300_000m, 100, 100, counts: false).Maximum.Should().Be(20_000_000m);
        new LinearScale(443_300_000m, 100, 100, counts: false).Ticks.Should().Equal(0m, 200_000_000m, 400_000_000m, 600_000_000m);
    }

    [Fact]
    public void Counts_NeverHaveFractionalTicks()
    {
        new LinearScale(2, 100, 100, counts: true).Ticks.Should().Equal(0m, 1m, 2m);
        new LinearScale(1, 100, 100, counts: true).Ticks.Should().Equal(0m, 1m);
        new LinearScale(13, 100, 100, counts: true).Ticks.Should().Equal(0m, 5m, 10m, 15m);
    }

    [Fact]
    public void NothingToShow_StillGivesOneStep()
    {
        var scale = new LinearScale(0, 100, 100, counts: false);

        scale.Maximum.Should().BeGreaterThan(0);
        scale.Y(0).Should().Be(100);
    }
}
