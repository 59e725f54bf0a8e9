using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary>The merged timeline of every dated record, on a dataset built here (and its order on the curated data).</summary>
public sealed class TimelineTests
{
    private static readonly Source Paper = new("source/paper", "A paper", "d", [], null, PartialDate.Parse("2011-08-25"), SourceKind.NewsReport, null, "paper.txt", null);
    private static readonly Person Abrego = Person("abrego", "Juan García Ábrego");
    private static readonly Person Calderon = new("person/calderon", "Calderón", null, [new PersonRole("President of Mexico", null, null, Period("2006-12/"), Quote)], Quote);
    private static readonly Event Arrest = Event("arrest", "The arrest", date: "1996-01-14", kind: EventKind.Arrest);
    private static readonly Event Expulsion = Event("expulsion", "The expulsion, a few days later", date: "1996-01~", after: Arrest.Id);
    private static readonly Event Undated = Event("undated", "Some day");
    private static readonly ExtraditionCase Removal = Case("abrego", Abrego.Id, arrested: "1996-01-14", surrendered: "1996-01~", outcome: ExtraditionOutcome.Surrendered);
    private static readonly Agreement Mou = DatedAgreement("mou-1987", signed: "1987-12", inForce: "1991");
    private static readonly CooperationProgram Open = Program("open", "An open program", period: "2006-01/..");
    private static readonly BorderCoopData Data = TestRecords.Data(Paper, Abrego, Calderon, Arrest, Expulsion, Undated, Removal, Mou, Open);

    [Fact]
    public void Timeline_IsInTimeOrder_ExceptWhereTheStatedOrderMovesAnEntryAfterItsCause()
    {
        OutOfTimeOrder(Data).Should().NotBeEmpty("a surrender known to the month follows an arrest on a day of that month");
        OutOfTimeOrder(Data).Where(p => !IsStatedOrder(p.First, p.Second)).Should().BeEmpty();
        OutOfTimeOrder(BorderCoopData.Default).Where(p => !IsStatedOrder(p.First, p.Second)).Should().BeEmpty();

        static List<(TimelineEntry First, TimelineEntry Second)> OutOfTimeOrder(BorderCoopData data) =>
            data.Timeline.Zip(data.Timeline.Skip(1)).Where(p => p.First.Date > p.Second.Date).ToList();

        // Each inversion is a consequence placed after its cause: a later step of one case, or an event stated to come after.
        static bool IsStatedOrder(TimelineEntry first, TimelineEntry second) =>
            (first.Record is ExtraditionCase && ReferenceEquals(first.Record, second.Record))
            || (first.Record is Event { AfterId: not null })
            || (second.Record is Event { AfterId: not null });
    }

    [Fact]
    public void Timeline_HoldsEveryDatedEventOnce_AndNoUndatedOne()
    {
        Data.Timeline.Where(e => e.Record is Event).Select(e => e.Record).Should().Equal(Arrest, Expulsion);
    }

    [Fact]
    public void Timeline_GivesAnAgreementOneEntryPerDate()
    {
        Data.Timeline.Where(e => e.Record.Equals(Mou)).Select(e => e.ToString())
            .Should().Equal("1987-12 signed agreement/mou-1987", "1991 in force agreement/mou-1987");
    }

    [Fact]
    public void Timeline_ListsASurrenderAFewDaysLater_AfterTheArrest()
    {
        var abrego = Data.Timeline.Where(e => e.Record.Id is "extradition-case/abrego" or "event/arrest" or "event/expulsion").Select(e => e.ToString());

        // "1996-01~" starts before the arrest day it contains, but the sources say it came "a few days later".
        abrego.Should().Equal(
            "1996-01-14 arrest event/arrest",
            "1996-01~ other event/expulsion",
            "1996-01-14 arrested extradition-case/abrego",
            "1996-01~ surrendered extradition-case/abrego");
    }

    [Fact]
    public void Timeline_ShowsOpenProgramsOnlyByTheirStart()
    {
        Data.Timeline.Where(e => e.Record.Equals(Open)).Should().ContainSingle().Which.ToString().Should().Be("2006-01 started program/open");
    }

    [Fact]
    public void Timeline_IncludesRolesAndPublication()
    {
        Data.Timeline.Select(e => e.ToString()).Should().Contain(["2006-12 took office: President of Mexico person/calderon", "2011-08-25 published source/paper"]);
    }
}
