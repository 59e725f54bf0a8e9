namespace BorderCoop.Tests.Collections;

/// <summary>The working list of window queries keeps order through growth, edits and sorting, and its answer is exact.</summary>
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
    public void RemoveAt_FindIndex_AndTheIndexer_EditInPlace()
    {
        using var list = new PooledList<string>();
        foreach (var item in new[] { "a", "b", "c", "d" })
        {
            list.Add(item);
        }

        list.RemoveAt(1);
        list[0] = "A";

        list.FindIndex(s => s == "c").Should().Be(1);
        list.FindIndex(s => s == "b").Should().Be(-1);
        list.ToValueList().Should().Equal("A", "c", "d");
    }

    [Fact]
    public void Sort_OrdersTheItemsHeld_AndNothingPastThem()
    {
        using var list = new PooledList<int>();
        foreach (var item in new[] { 5, 3, 9, 1 })
        {
            list.Add(item);
        }

        list.Sort((a, b) => a.CompareTo(b));

        list.ToValueList().Should().Equal(1, 3, 5, 9);
    }

    [Fact]
    public void AnIndexPastTheEnd_IsRefused_EvenWhenTheRentedArrayIsLonger()
    {
        using var list = new PooledList<int>();
        list.Add(1);

        FluentActions.Invoking(() => list[1]).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => list.RemoveAt(1)).Should().Throw<ArgumentOutOfRangeException>();
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
