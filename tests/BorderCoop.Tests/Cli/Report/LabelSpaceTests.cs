using BorderCoop.Cli.Report;

namespace BorderCoop.Tests.Cli.Report;

public sealed class LabelSpaceTests
{
    [Fact]
    public void TakeFirstFree_TakesTheFirstCandidateThatOverlapsNothing()
    {
        var space = new LabelSpace();
        space.Take(new Box(0, 0, 50, 10));

        var chosen = space.TakeFirstFree([new Box(40, 5, 20, 10), new Box(40, 10, 20, 10), new Box(0, 20, 5, 5)]);

        chosen.Should().Be(1, "the first overlaps the box taken; the second only touches it");
        space.Taken.Should().HaveCount(2);
        space.IsFree(new Box(45, 12, 2, 2)).Should().BeFalse();
    }

    [Fact]
    public void TakeFirstFree_TakesNothing_WhenEveryCandidateOverlaps()
    {
        var space = new LabelSpace();
        space.Take(new Box(0, 0, 100, 100));

        space.TakeFirstFree([new Box(10, 10, 5, 5), new Box(90, 90, 20, 20)]).Should().Be(-1);
        space.Taken.Should().ContainSingle();
    }

    [Fact]
    public void OfText_PlacesTheBoxByTheAnchor_AroundTheBaseline()
    {
        var start = Box.OfText("2009", 100, 50, 10);
        var middle = Box.OfText("2009", 100, 50, 10, "middle");
        var end = Box.OfText("2009", 100, 50, 10, "end");

        start.X.Should().Be(100);
        middle.X.Should().BeApproximately(100 - (start.Width / 2), 1e-9);
        end.Right.Should().BeApproximately(100, 1e-9);
        start.Y.Should().BeLessThan(50).And.BeGreaterThan(40);
        start.Bottom.Should().BeGreaterThan(50, "descenders reach below the baseline");
    }
}
