namespace BorderCoop.Tests.Queries;

public sealed class TimelineTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    [Fact]
    public void Timeline_IsInTimeOrder_ExceptWhereTheStatedOrderMovesAnEntryAfterItsCause()
    {
        var outOfTimeOrder = Data.Timeline.Zip(Data.Timeline.Skip(1)).Where(p => p.First.Date > p.Second.Date).ToList();

        // Each inversion is a consequence placed after its cause: a later step of one case, or an event stated to come after.
        outOfTimeOrder.Should().NotBeEmpty();
        outOfTimeOrder.Where(p => !IsStatedOrder(p.First, p.Second)).Should().BeEmpty();

        static bool IsStatedOrder(TimelineEntry first, TimelineEntry second) =>
            (first.Record is ExtraditionCase && ReferenceEquals(first.Record, second.Record))
            || (first.Record is Event { AfterId: not null })
            || (second.Record is Event { AfterId: not null });
    }

    [Fact]
    public void Timeline_HoldsEveryDatedEventOnce_AndNoUndatedOne()
    {
        var onTimeline = Data.Timeline.Where(e => e.Record is Event).Select(e => e.Record.Id).ToList();

        onTimeline.Should().OnlyHaveUniqueItems();
        onTimeline.Should().BeEquivalentTo(Data.Events.Where(e => e.Date is not null).Select(e => e.Id));
    }

    [Fact]
    public void Timeline_GivesAnAgreementOneEntryPerDate()
    {
        var mou = Data.Timeline.Where(e => e.Record.Id == "agreement/mou-information-exchange-1987").Select(e => e.ToString());

        mou.Should().Equal("1987-12 signed agreement/mou-information-exchange-1987", "1991 in force agreement/mou-information-exchange-1987");
    }

    [Fact]
    public void Timeline_ListsGarciaAbregosSurrender_AFewDaysLater_AfterHisArrest()
    {
        var abrego = Data.Timeline.Where(e => e.Record.Id is "extradition-case/juan-garcia-abrego" or "event/arrest-juan-garcia-abrego" or "event/expulsion-juan-garcia-abrego")
            .Select(e => e.ToString());

        // "1996-01~" starts before the arrest day it contains, but the sources say it came "a few days later".
        abrego.Should().Equal(
            "1996-01-14 arrest event/arrest-juan-garcia-abrego",
            "1996-01~ other event/expulsion-juan-garcia-abrego",
            "1996-01-14 arrested extradition-case/juan-garcia-abrego",
            "1996-01~ surrendered extradition-case/juan-garcia-abrego");
    }

    [Fact]
    public void Timeline_ShowsOpenProgramsOnlyByTheirStart()
    {
        var best = Data.Timeline.Where(e => e.Record.Id == "program/best").ToList();

        best.Should().ContainSingle().Which.ToString().Should().Be("2006-01 started program/best");
    }

    [Fact]
    public void Timeline_IncludesRolesAndPublication()
    {
        Data.Timeline.Should().Contain(e => e.ToString() == "2006-12 took office: President of Mexico person/felipe-calderon");
        Data.Timeline.Should().Contain(e => e.ToString() == "2011-08-25 published source/nyt-widens-role-2011");
    }
}
