namespace BorderCoop.Tests.Queries;

public sealed class TimelineTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    [Fact]
    public void Timeline_IsInOrder()
    {
        Data.Timeline.Should().BeInAscendingOrder();
        Data.Timeline.Zip(Data.Timeline.Skip(1)).Should().OnlyContain(p => p.First.Date <= p.Second.Date);
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
    public void Timeline_OrdersGarciaAbregoByPrecision_TheApproximateMonthBeforeTheDayWithinIt()
    {
        var abrego = Data.Timeline.Where(e => e.Record.Id == "extradition-case/juan-garcia-abrego").Select(e => e.ToString());

        // "1996-01~" covers the whole month, so it starts before the arrest day it contains.
        abrego.Should().Equal("1996-01~ surrendered extradition-case/juan-garcia-abrego", "1996-01-14 arrested extradition-case/juan-garcia-abrego");
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
