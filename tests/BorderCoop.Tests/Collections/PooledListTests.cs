namespace BorderCoop.Tests.Collections;

/// <summary>The working list of window queries keeps order through growth and edits, and its answer is exact.</summary>
public sealed class PooledListTests
{
    [Fact]
    public void Items_KeepTheirOrder_AcrossGrowth_AndTheAnswerHasExactlyThem()
    {
        using var list = new PooledList<string>();
        for (var i = 0; i < 1000; i++)
        {
            list.Add($"item {i}");
        }

        var answer = list.ToValueList();

        answer.Should().HaveCount(1000);
        answer[0].Should().Be("item 0");
        answer[999].Should().Be("item 999");
        answer.Should().Equal(Enumerable.Range(0, 1000).Select(i => $"item {i}"));
    }

    [Fact]
    public void RemoveAll_AndTheIndexer_EditInPlace_KeepingTheOrderOfWhatStays()
    {
        using var list = new PooledList<string>();
        foreach (var item in new[] { "a", "b", "c", "d", "b" })
        {
            list.Add(item);
        }

        list[0] = "A";
        list.RemoveAll(s => s == "b");

        list.Count.Should().Be(3);
        list.ToValueList().Should().Equal("A", "c", "d");
    }

    [Fact]
    public void AnIndexPastTheEnd_IsRefused_EvenWhenTheRentedArrayIsLonger()
    {
        using var list = new PooledList<int>();
        list.Add(1);

        FluentActions.Invoking(() => list[1]).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => list[1] = 2).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AnEmptyList_AnswersTheSharedEmptyList_AndDisposingTwiceIsHarmless()
    {
        var list = new PooledList<string>();

        list.ToValueList().Should().BeSameAs(ValueList<string>.Empty);
        list.Dispose();
        list.Dispose();
        list.Count.Should().Be(0);
    }
}
