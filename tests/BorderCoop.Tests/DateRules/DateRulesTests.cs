using NodaTime;

namespace BorderCoop.Tests.DateRules;

/// <summary>The rules of docs/semantics.md, each on values and records built here, so that correcting the curated data never breaks them.</summary>
public sealed class DateRulesTests
{
    private static DateInterval Years(int first, int last) => new(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31));

    private static Citation Quote => new("source/s", "a quote");

    private static Source Source(string? published) =>
        new("source/s", "A source", "d", [], null, published is null ? null : PartialDate.Parse(published), SourceKind.Analysis, null, "s.txt", [Quote]);

    private static CooperationProgram Program(string id, string? period, ProgramStatus status = ProgramStatus.Active) =>
        new(id, id, null, ProgramKind.TaskForce, null, null, null, null, period is null ? null : DateRange.Parse(period), status, null, "d", [Quote]);

    [Theory]
    [InlineData("[..2007-01]", DateQualifier.OnOrBefore, "by 2007-01")]
    [InlineData("[2003..]", DateQualifier.OnOrAfter, "2003 or later")]
    [InlineData("[..1996-01~]", DateQualifier.OnOrBefore, "by c. 1996-01")]
    [InlineData("2007-01", DateQualifier.Exact, "2007-01")]
    public void Bounds_ParseAndPrint(string text, DateQualifier qualifier, string shown)
    {
        var date = PartialDate.Parse(text);

        date.Qualifier.Should().Be(qualifier);
        date.ToString().Should().Be(text);
        Display.Date(date).Should().Be(shown);
    }

    [Theory]
    [InlineData("[..]")]
    [InlineData("[2007..2008]")]
    [InlineData("[..2007-13]")]
    [InlineData("..2007")]
    public void Bounds_RejectMalformedText(string text)
    {
        PartialDate.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Bounds_AQuestionWhollyAfterTheBoundLeavesTheRecordOut_OneThatOverlapsItListsItAsUncertain()
    {
        var extradition = new ExtraditionCase("extradition-case/x", "person/x", "MX", "US", ExtraditionMechanism.Extradition, null, null, null, null, PartialDate.Parse("[..2007-01]"), ExtraditionOutcome.Surrendered, null, null, null, [Quote]);
        var data = BorderCoopData.Create([Source(null), new Person("person/x", "X", null, null, [Quote]), extradition]);

        data.ExtraditionCasesDuring(Years(2009, 2009)).Should().BeEmpty();
        var match = data.ExtraditionCasesDuring(Years(1995, 2000)).Single();
        (match.Certainty, match.Overlap, match.Reason).Should().Be((DateCertainty.Uncertain, DateOverlap.PartlyOverlaps, "surrendered by 2007-01, which may fall outside the period"));
    }

    [Theory]
    [InlineData("2000/2003", 1995, 2000, DateOverlap.PartlyOverlaps, DateCertainty.Certain)]
    [InlineData("1995/2000", 1996, 1996, DateOverlap.Covers, DateCertainty.Certain)]
    [InlineData("2009", 2005, 2010, DateOverlap.Within, DateCertainty.Certain)]
    [InlineData("1996-03/", 1996, 1996, DateOverlap.PartlyOverlaps, DateCertainty.Certain)]
    [InlineData("1996-03/", 1998, 1998, DateOverlap.PartlyOverlaps, DateCertainty.Uncertain)]
    [InlineData("2004~/2006", 2003, 2003, DateOverlap.PartlyOverlaps, DateCertainty.Uncertain)]
    [InlineData("1995/1999", 2000, 2000, DateOverlap.Outside, DateCertainty.Uncertain)]
    public void Overlap_IsGraded_OverEveryReadingOfThePeriod(string period, int first, int last, DateOverlap overlap, DateCertainty certainty)
    {
        PeriodBounds.Of(DateRange.Parse(period)).Grade(Years(first, last)).Should().Be((overlap, certainty));
    }

    [Fact]
    public void AsOf_AnOpenPeriodIsCertainUntilTheLatestReport_AndUncertainAfterIt()
    {
        var data = BorderCoopData.Create([Source("2010-09"), Program("program/p", "1997/..")]);

        var before = data.ProgramsActiveOn(new LocalDate(1998, 6, 1)).Single();
        (before.Certainty, before.RunningAsOf?.ToString(), before.Reason).Should().Be((DateCertainty.Certain, "2010-09", "ran 1997 – ongoing, running as of 2010-09, throughout the period"));
        var after = data.ProgramsActiveOn(new LocalDate(2012, 1, 1)).Single();
        (after.Certainty, after.Reason).Should().Be((DateCertainty.Uncertain, "ran 1997 – ongoing, running as of 2010-09; it was last reported running as of 2010-09, so it may not overlap the period"));
    }

    [Fact]
    public void AsOf_WithoutADatedReport_AnOpenPeriodIsUncertainAfterItsStart()
    {
        var data = BorderCoopData.Create([Source(null), Program("program/p", "1997/..")]);

        data.ProgramsActiveOn(new LocalDate(1998, 6, 1)).Single().Certainty.Should().Be(DateCertainty.Uncertain);
    }

    [Fact]
    public void UnknownIsNotNo_AnUndatedRecordIsListedAsUncertain_WithTheDatesAConflictGives()
    {
        var treaty = new Agreement("agreement/t", "Treaty", null, AgreementKind.Treaty, ["US", "MX"], null, null, null, null, null, null, null, "d", [Quote]);
        var conflict = new Conflict("conflict/t-year", "Which year?", "e", ["agreement/t"],
            [new ConflictVersion("1980", "agreement/t", [Quote], PartialDate.Parse("1980")), new ConflictVersion("1978", "agreement/t", [Quote], PartialDate.Parse("1978"))]);
        var data = BorderCoopData.Create([Source(null), treaty, conflict]);

        var match = data.AgreementsSignedIn(Years(2005, 2005)).Single();

        (match.Certainty, match.Overlap).Should().Be((DateCertainty.Uncertain, DateOverlap.Unknown));
        match.Candidates.Select(c => c.Date.ToString()).Should().Equal("1980", "1978");
        match.Reason.Should().Be("the sources give no date of signing; conflicting passages give 1980 or 1978 (conflict/t-year)");
    }

    [Fact]
    public void StatedOrder_ASurrenderAFewDaysLater_IsListedAfterTheArrest_AndCannotFallBeforeIt()
    {
        var extradition = new ExtraditionCase("extradition-case/x", "person/x", "MX", "US", ExtraditionMechanism.Expulsion, PartialDate.Parse("1996-01-14"), null, null, null, PartialDate.Parse("1996-01~"), ExtraditionOutcome.Surrendered, null, null, null, [Quote]);
        var data = BorderCoopData.Create([Source(null), new Person("person/x", "X", null, null, [Quote]), extradition]);

        data.Timeline.Select(e => e.Kind).Should().Equal(DateKind.Arrested, DateKind.Surrendered);
        data.ExtraditionCasesDuring(new DateInterval(new LocalDate(1996, 1, 1), new LocalDate(1996, 1, 13))).Should().BeEmpty();
        data.ExtraditionCasesDuring(Years(1996, 1996)).Single().Certainty.Should().Be(DateCertainty.Certain);
    }

    [Fact]
    public void DateKinds_ExtraditionsInAPeriodMeanSurrenders_AndEachCaseIsListedOnceWithTheStepThatMatched()
    {
        var extradition = new ExtraditionCase("extradition-case/x", "person/x", "MX", "US", ExtraditionMechanism.Extradition, PartialDate.Parse("1998-06-01"), null, PartialDate.Parse("2001-05-22"), null, null, ExtraditionOutcome.GrantedThenAnnulled, null, null, null, [Quote]);
        var data = BorderCoopData.Create([Source(null), new Person("person/x", "X", null, null, [Quote]), extradition]);

        data.ExtraditionCasesDuring(Years(1995, 2005)).Should().BeEmpty("it was never surrendered");
        var any = data.ExtraditionCasesDuring(Years(1995, 2005), step: null).Single();
        (any.DateKind, any.Reason).Should().Be((DateKind.Arrested, "arrested 1998-06-01"));
        FluentActions.Invoking(() => data.ExtraditionCasesDuring(Years(1995, 2005), step: DateKind.Signed)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Sorting_DatedAnswersComeInTimeOrder_NotInFileOrder()
    {
        var later = new Agreement("agreement/a", "A", null, AgreementKind.Agreement, ["US"], null, null, PartialDate.Parse("1989"), null, null, null, null, "d", [Quote]);
        var earlier = new Agreement("agreement/b", "B", null, AgreementKind.Agreement, ["US"], null, null, PartialDate.Parse("1987-12"), null, null, null, null, "d", [Quote]);
        var data = BorderCoopData.Create([Source(null), later, earlier]);

        data.AgreementsSignedIn(Years(1980, 1990)).Select(m => m.Record.Id).Should().Equal("agreement/b", "agreement/a");
    }

    [Fact]
    public void Sorting_AWindowOrdersByStart_ThenTheEarlierEnd_ThenById_OpenStartsByTheirEnd_UndatedLast()
    {
        var data = BorderCoopData.Create(
        [
            Source(null),
            Program("program/z-undated", null),
            Program("program/a-undated", null),
            Program("program/long", "2000/2009"),
            Program("program/short-b", "2000/2003"),
            Program("program/short-a", "2000/2003"),
            Program("program/year-start", "2000-01/2003"),
            Program("program/open-start", "../2001"),
            Program("program/later", "2001-06/2002"),
        ]);

        data.ProgramsActiveDuring(Years(2000, 2002)).Select(m => m.Record.Id).Should().Equal(
            "program/short-a", "program/short-b", "program/long", "program/year-start", "program/open-start", "program/later", "program/a-undated", "program/z-undated");
    }

    [Fact]
    public void Sorting_ListsWithoutAQuestionComeInTimeOrderToo_UndatedLast()
    {
        Agreement Agreement(string id, string? signed, string? issued = null) =>
            new(id, id, null, AgreementKind.Agreement, ["US"], null, null, signed is null ? null : PartialDate.Parse(signed), null, null, null, null, "d", [Quote], null, issued is null ? null : PartialDate.Parse(issued));

        var ordered = BorderCoopData.InTimeOrder([Agreement("agreement/undated", null), Agreement("agreement/1989", "1989"), Agreement("agreement/norms", null, "1988-07"), Agreement("agreement/1987", "1987-12")]);

        ordered.Select(a => a.Id).Should().Equal("agreement/1987", "agreement/norms", "agreement/1989", "agreement/undated");
    }

    [Fact]
    public void Overlap_ACountsPeriodIsCountedWhole_WhileAProgramsEndIsAnUncertainDay()
    {
        var question = Years(1996, 2000);

        PeriodBounds.OfCount(DateRange.Parse("1995/2000")).Grade(question).Should().Be((DateOverlap.Covers, DateCertainty.Certain), "61 extraditions between 1995 and 2000 include every day of 1996-2000");
        PeriodBounds.Of(DateRange.Parse("1995/2000")).Grade(question).Should().Be((DateOverlap.PartlyOverlaps, DateCertainty.Certain), "a program that ended in 2000 may have ended in January");
        PeriodBounds.OfCount(DateRange.Parse("1995~/2000")).Grade(question).Overlap.Should().Be(DateOverlap.PartlyOverlaps, "an approximate start may be 1996");
    }

    [Fact]
    public void StatedOrder_AnEventSaidToComeAfterAnother_IsListedAfterIt_WhateverThePrecision()
    {
        Event Event(string id, string date, string? after = null) =>
            new(id, PartialDate.Parse(date), EventKind.Other, id, "d", null, null, null, null, [Quote], null, after);
        var cause = Event("event/cause", "1996-01-14");
        var consequence = Event("event/consequence", "1996-01~", after: cause.Id);
        var unrelated = Event("event/unrelated", "1996-01-05");
        var data = BorderCoopData.Create([Source(null), consequence, unrelated, cause]);

        data.Timeline.Select(e => e.Record.Id).Should().Equal("event/unrelated", "event/cause", "event/consequence");
    }

    [Fact]
    public void DateKinds_NormsOneGovernmentIssues_AreAnsweredAsIssued()
    {
        var norms = new Agreement("agreement/n", "Norms", null, AgreementKind.Regulation, ["MX"], null, null, null, null, null, null, null, "d", [Quote], null, PartialDate.Parse("1992-07"));
        var data = BorderCoopData.Create([Source(null), norms]);

        var match = data.AgreementsSignedIn(Years(1992, 1992)).Single();
        (match.DateKind, match.Reason).Should().Be((DateKind.Issued, "issued 1992-07"));
        data.Timeline.Single().Kind.Should().Be(DateKind.Issued);
    }

    [Fact]
    public void UnknownIsNotNo_ARecordWhoseEndConflictingPassagesGiveDifferently_IsGradedUnderEachVersion()
    {
        var president = new Person("person/p", "P", null, [new PersonRole("President", null, null, DateRange.Parse("2000/2005"), [Quote])], [Quote]);
        var conflict = new Conflict("conflict/end", "2005 or 2006-12?", "e", ["person/p"],
        [
            new ConflictVersion("2005", "person/p", [Quote], PartialDate.Parse("2005"), DateKind.LeftOffice),
            new ConflictVersion("December 2006", null, [Quote], PartialDate.Parse("2006-12"), DateKind.LeftOffice, "person/p"),
        ]);
        var data = BorderCoopData.Create([Source(null), president, conflict]);

        var in2003 = data.RolesHeldDuring(Years(2003, 2003)).Single();
        (in2003.Certainty, in2003.Reason).Should().Be((DateCertainty.Certain, "held 2000 – 2005, throughout the period; conflicting passages give 2005 or 2006-12 (conflict/end), and it holds for each"));
        var in2006 = data.RolesHeldDuring(Years(2006, 2006)).Single();
        (in2006.Certainty, in2006.Reason).Should().Be((DateCertainty.Uncertain, "held 2000 – 2005 as recorded; conflicting passages give 2005 or 2006-12 (conflict/end), so it may or may not overlap the period"));
        in2006.Candidates.Select(c => c.Date.ToString()).Should().Equal("2005", "2006-12");
        data.RolesHeldDuring(Years(2007, 2007)).Should().BeEmpty("no version has the role reach 2007");
    }

    [Fact]
    public void UnknownIsNotNo_EventsDuringAPeriod_ListUndatedEventsAsUncertain()
    {
        Event Event(string id, string? date) =>
            new(id, date is null ? null : PartialDate.Parse(date), EventKind.Other, id, "d", null, null, null, null, [Quote]);
        var data = BorderCoopData.Create([Source(null), Event("event/in", "2009-05"), Event("event/out", "2001"), Event("event/undated", null), Event("event/later", "[2001-05-22..]")]);

        data.EventsDuring(Years(2009, 2009)).Select(m => $"{m.Record.Id} {m.Certainty}").Should().Equal(
            "event/later Uncertain", "event/in Certain", "event/undated Uncertain");
    }

    [Fact]
    public void UnknownIsNotNo_ASingleDateConflictingPassagesGiveDifferently_IsGradedUnderEachVersion()
    {
        var agreement = new Agreement("agreement/a", "A", null, AgreementKind.Agreement, ["US"], null, null, PartialDate.Parse("1989"), null, null, null, null, "d", [Quote]);
        var extradition = new ExtraditionCase("extradition-case/x", "person/x", "MX", "US", ExtraditionMechanism.Extradition, null, null, null, null, PartialDate.Parse("2001-03"), ExtraditionOutcome.Surrendered, null, null, null, [Quote]);
        var conflicts = new[]
        {
            new Conflict("conflict/signed", "1989 or 1990?", "e", [agreement.Id], [new ConflictVersion("1989", agreement.Id, [Quote], PartialDate.Parse("1989"), DateKind.Signed), new ConflictVersion("1990", agreement.Id, [Quote], PartialDate.Parse("1990"), DateKind.Signed)]),
            new Conflict("conflict/surrendered", "2001 or 2003?", "e", [extradition.Id], [new ConflictVersion("2001", extradition.Id, [Quote]), new ConflictVersion("2003", null, [Quote], PartialDate.Parse("2003"), DateKind.Surrendered, extradition.Id)]),
        };
        var data = BorderCoopData.Create([Source(null), new Person("person/x", "X", null, null, [Quote]), agreement, extradition, .. conflicts]);

        data.AgreementsSignedIn(Years(1989, 1989)).Single().Reason.Should().Be("signed 1989 as recorded; conflicting passages give 1989 or 1990 (conflict/signed), so it may or may not overlap the period");
        data.AgreementsSignedIn(Years(1985, 1995)).Single().Certainty.Should().Be(DateCertainty.Certain);
        data.AgreementsSignedIn(Years(1991, 1991)).Should().BeEmpty();
        var in2003 = data.ExtraditionCasesDuring(Years(2003, 2003)).Single();
        (in2003.Certainty, in2003.Candidates.Single().Date.ToString()).Should().Be((DateCertainty.Uncertain, "2003"));
    }

    [Fact]
    public void StatedOrder_AnUndatedSurrenderCannotComeBeforeAnyEarlierStep_EvenWhenALaterStepIsApproximate()
    {
        var extradition = new ExtraditionCase("extradition-case/x", "person/x", "MX", "US", ExtraditionMechanism.Extradition, PartialDate.Parse("2002-03-01"), null, PartialDate.Parse("2002~"), null, null, ExtraditionOutcome.Unknown, null, null, null, [Quote]);
        var data = BorderCoopData.Create([Source(null), new Person("person/x", "X", null, null, [Quote]), extradition]);

        data.ExtraditionCasesDuring(Years(2001, 2001)).Should().BeEmpty("the surrender cannot come before the arrest of 2002-03-01");
        data.ExtraditionCasesDuring(Years(2002, 2002)).Single().Overlap.Should().Be(DateOverlap.Unknown);
    }

    [Fact]
    public void AsOf_AReportFromBeforeAProgramCanHaveStarted_IsNoEvidenceOfItRunning()
    {
        var data = BorderCoopData.Create([Source("2003"), Program("program/p", "2009~/..")]);

        var match = data.ProgramsActiveDuring(Years(2008, 2008)).Single();
        (match.Certainty, match.RunningAsOf).Should().Be((DateCertainty.Uncertain, (PartialDate?)null));
    }

    [Fact]
    public void DateKinds_AnAgreementIsNotInForceBeforeItWasSigned_EvenWithAnApproximateEntryIntoForce()
    {
        var agreement = new Agreement("agreement/a", "A", null, AgreementKind.Agreement, ["US"], null, null, PartialDate.Parse("2000-05-10"), PartialDate.Parse("2000-05~"), null, null, null, "d", [Quote]);
        var data = BorderCoopData.Create([Source(null), agreement]);

        data.AgreementsInForceOn(new LocalDate(2000, 4, 15)).Should().BeEmpty();
        data.AgreementsInForceOn(new LocalDate(2000, 5, 20)).Single().Certainty.Should().Be(DateCertainty.Uncertain);
    }
}
