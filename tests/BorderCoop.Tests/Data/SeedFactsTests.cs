using NodaTime;

namespace BorderCoop.Tests.Data;

/// <summary>Pins facts of the seeds as typed values, including the uncertain and conflicting ones.</summary>
public sealed class SeedFactsTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    [Fact]
    public void GarciaAbrego_IsRecordedAsAnExpulsionWithTheThreeNamesKeptInAConflict()
    {
        var expulsion = Data.Get<ExtraditionCase>("extradition-case/juan-garcia-abrego");

        expulsion.Mechanism.Should().Be(ExtraditionMechanism.Expulsion);
        expulsion.From.Should().Be("MX");
        expulsion.To.Should().Be("US");
        expulsion.Arrested.Should().Be(PartialDate.FromDate(1996, 1, 14));
        expulsion.Surrendered!.IsApproximate.Should().BeTrue("the paper says only 'a few days later'");

        var conflict = Data.Get<Conflict>("conflict/garcia-abrego-removal-mechanism");
        conflict.RecordIds.Should().Contain(expulsion.Id);
        conflict.Versions.Should().HaveCountGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void ExtraditionsFromMexico_1995To2000_AreSixtyOneAndTheIrreconcilablePgrAverageIsKeptBesideThem()
    {
        var total = Data.Get<ExtraditionFigure>("extradition-figure/mx-to-us-total-1995-2000");
        var average = Data.Get<ExtraditionFigure>("extradition-figure/mx-to-us-annual-average-1996-2000-pgr");

        total.Value.Should().Be(new Quantity(61, QuantityQualifier.Exact, "persons"));
        total.Period.Should().Be(DateRange.Parse("1995/2000"));
        average.Measure.Should().Be(ExtraditionMeasure.AnnualAverage);
        average.Value.Value.Should().Be(24);
        average.ReportedById.Should().Be("agency/mx-pgr");
        Data.Get<Conflict>("conflict/mx-to-us-extraditions-1995-2000-total-vs-pgr-average").RecordIds
            .Should().Contain([total.Id, average.Id]);
    }

    [Fact]
    public void PgrCount_IsAtLeast136_AndThePendingCountIsAboutSeventy()
    {
        Data.Get<ExtraditionFigure>("extradition-figure/mx-to-us-total-pgr-at-least-136").Value.Qualifier.Should().Be(QuantityQualifier.AtLeast);
        var pending = Data.Get<ExtraditionFigure>("extradition-figure/mx-to-us-pending-end-of-fox-administration");
        pending.Measure.Should().Be(ExtraditionMeasure.Pending);
        pending.Value.Should().Be(new Quantity(70, QuantityQualifier.About, "persons"));
    }

    [Fact]
    public void SiuBudgetLines_KeepTheirStagesAndFiscalYears()
    {
        var lines = Data.BudgetLines.Where(b => b.ProgramId == "program/dea-siu").OrderBy(b => b.FiscalYear).ToList();

        lines.Select(b => (b.FiscalYear!.ToString(), b.Stage, b.Amount.Amount)).Should().Equal(
            ("FY1997", BudgetStage.Appropriation, 20_000_000m),
            ("FY2006", BudgetStage.Budget, 18_300_000m),
            ("FY2011", BudgetStage.Request, 10_800_000m));
        lines[2].Qualifiers.Should().Contain("non-personnel");
        lines[0].FiscalYear!.Start.Should().Be(new LocalDate(1996, 10, 1));
    }

    [Fact]
    public void TheSiuAppropriationForFy1997_IsTwentyMillionDollars_QuotedWithThePapersBackslash()
    {
        var appropriation = Data.Get<BudgetLine>("budget-line/dea-siu-fy1997-appropriation");

        appropriation.Amount.Should().Be(new Money(20_000_000m, "USD"));
        appropriation.Citations.Should().Contain(c => c.Quote.Contains(@"\$20 million", StringComparison.Ordinal), "the quote keeps the paper's backslash; the amount does not");
    }

    [Fact]
    public void MouOf1987_IsKnownToTheMonthAndInForceFrom1991()
    {
        var mou = Data.Get<Agreement>("agreement/mou-information-exchange-1987");

        mou.Kind.Should().Be(AgreementKind.MemorandumOfUnderstanding);
        mou.Signed.Should().Be(PartialDate.FromYearMonth(1987, 12));
        mou.InForce.Should().Be(PartialDate.FromYear(1991));
        mou.Aliases.Should().Contain(a => a.StartsWith("Tratado de Cooperación", StringComparison.Ordinal));
    }

    [Fact]
    public void NapolitanoGarciaLunaAgreement_HasNoSigningDateBecauseTheSourceGivesNoYear()
    {
        var agreement = Data.Get<Agreement>("agreement/dhs-ssp-border-cooperation-agreement");

        agreement.Signed.Should().BeNull();
        agreement.SignatoryIds.Should().BeEquivalentTo(["person/janet-napolitano", "person/genaro-garcia-luna"]);
        agreement.Notes.Should().Contain("18 February");
    }

    [Fact]
    public void BestTeams_AreSeventeenAsOfFifthAugust2010()
    {
        var teams = Data.Get<Figure>("figure/best-teams-2010-08-05");

        teams.Value.Value.Should().Be(17);
        teams.AsOf.Should().Be(PartialDate.FromDate(2010, 8, 5));
        teams.ProgramId.Should().Be("program/best");
    }

    [Fact]
    public void Conflicts_CoverTheKnownDisagreementsOfTheSeeds()
    {
        Data.Conflicts.Select(c => c.Id).Should().Contain(
        [
            "conflict/dea-siu-program-name",
            "conflict/dea-testimony-chamber",
            "conflict/fox-administration-end",
            "conflict/extradition-treaty-year",
            "conflict/boomerang-operations-joint-or-not",
        ]);
    }

    [Theory]
    [InlineData("conflict/us-law-enforcement-role-in-mexico-across-sources", "source/nyt-widens-role-2011", "source/blog-embedded-agents-juarez")]
    public void ConflictsBetweenSources_SetEachSourcesVersionAgainstTheOthers(string id, params string[] sourcesOfTheVersions)
    {
        var conflict = Data.Get<Conflict>(id);

        conflict.IsWithinOneSource.Should().BeFalse();
        conflict.Versions.Select(v => v.Citations.Select(c => c.SourceId).Distinct().Single()).Should().Equal(sourcesOfTheVersions);
    }

    [Fact]
    public void TheSiuProgram_StartedIn1997AndReportedRunningIn2010_WasCertainlyActiveIn1998()
    {
        var siu = Data.ProgramsActiveOn(new LocalDate(1998, 6, 1)).Single(m => m.Record.Id == "program/dea-siu");

        siu.Certainty.Should().Be(DateCertainty.Certain);
        siu.RunningAsOf.Should().Be(PartialDate.Parse("[2010-09..]"), "the Arzt paper reports figures up to September 2010");
    }

    [Fact]
    public void ThreeCases_WereExtraditedByJanuary2007_SoNoneIsASurrenderOf2009()
    {
        var byJanuary2007 = Data.ExtraditionCases.Where(c => c.Surrendered?.ToString() == "[..2007-01]").Select(c => c.Id);

        byJanuary2007.Should().BeEquivalentTo("extradition-case/osiel-cardenas", "extradition-case/gilberto-higuera-guerrero", "extradition-case/hector-palma-salazar");
        Data.ExtraditionCasesDuring(new DateInterval(new LocalDate(2009, 1, 1), new LocalDate(2009, 12, 31)), "MX", "US").Select(m => m.Record.Id)
            .Should().NotIntersectWith(byJanuary2007);
    }

    [Fact]
    public void TheMexicanNorms_Of1992_WereIssuedByMexico_NotSigned()
    {
        var norms = Data.Get<Agreement>("agreement/norms-foreign-agents-1992");

        (norms.Signed, norms.Issued).Should().Be((null, PartialDate.Parse("1992-07")));
        Data.AgreementsSignedIn(new DateInterval(new LocalDate(1992, 1, 1), new LocalDate(1992, 12, 31)))
            .Single(m => m.Record.Id == norms.Id).Reason.Should().Be("issued 1992-07");
    }

    [Fact]
    public void TheExtraditionTreaty_IsUndated_AndTheConflictGives1980Or1978()
    {
        Data.AgreementsInForceOn(new LocalDate(2000, 1, 1)).Single(m => m.Record.Id == "agreement/extradition-treaty")
            .Candidates.Select(c => c.Date.ToString()).Should().Equal("1980", "1978");
    }

    [Fact]
    public void AProgramsResults_AreReachedFromTheProgram_AndAPersonsSignaturesFromThePerson()
    {
        var siu = Data.NeighbourhoodOf("program/dea-siu");
        siu.ReferencedByOf<Figure>("program").Select(f => f.Id).Should().Contain("figure/siu-mexico-methamphetamine-labs-seized");
        siu.ReferencedByOf<BudgetLine>("program").Should().Equal(Data.FindBudgetLines(programId: "program/dea-siu")).And.NotBeEmpty();

        Data.NeighbourhoodOf("person/janet-napolitano").ReferencedByOf<Agreement>("signatories").Select(a => a.Id)
            .Should().Equal("agreement/dhs-ssp-border-cooperation-agreement");
    }

    [Fact]
    public void Garcia_IsAWordOfTheNamesOfJuanGarciaAbregoAndGenaroGarciaLuna()
    {
        var garcia = Data.FindByName<Person>("Garcia").Select(m => m.Record.Id);

        garcia.Should().Contain(["person/juan-garcia-abrego", "person/genaro-garcia-luna"]);
        Data.ResolveName<Person>("Garcia").Status.Should().Be(NameResolutionStatus.Ambiguous);
    }

    [Fact]
    public void ThePgr_HasItsSpanishNameAndAcronym_AndTheUsbpAndDeaTheNamesTheSourcesUse()
    {
        var pgr = Data.Get<Agency>("agency/mx-pgr");

        pgr.SpanishName.Should().Be("Procuraduría General de la República");
        pgr.SpanishAcronyms.Should().Equal("PGR");
        Data.Get<Agency>("agency/us-usbp").Aliases.Should().Contain("Border Patrol");
        Data.Get<Agency>("agency/us-dea").Aliases.Should().Contain("Drug Enforcement Agency", "the paper's own wording must be findable");
    }

    [Theory]
    [InlineData("PGR", "agency/mx-pgr")]
    [InlineData("Attorney General's Office", "agency/mx-pgr")]
    [InlineData("AFI", "agency/mx-afi")]
    [InlineData("SSP", "agency/mx-ssp")]
    [InlineData("CISEN", "agency/mx-cisen")]
    [InlineData("DEA", "agency/us-dea")]
    [InlineData("USBP", "agency/us-usbp")]
    [InlineData("Border Patrol", "agency/us-usbp")]
    public void TheAgencyNamesTheDesignLists_FindExactlyOneAgency(string name, string id)
    {
        Data.FindAgencies(name).Should().ContainSingle().Which.Id.Should().Be(id);
    }

    [Theory]
    [InlineData("DEA", "agency/us-dea")]
    [InlineData("Border Patrol", "agency/us-usbp")]
    [InlineData("Procuraduria", "agency/mx-pgr")]
    [InlineData("SIU", "program/dea-siu")]
    [InlineData("Merida Initiative", "agreement/merida-initiative")]
    public void TheNamesPeopleUse_ResolveToOneRecord(string name, string id)
    {
        Data.Resolve<IRecord>(name).Id.Should().Be(id);
    }

    [Fact]
    public void Juarez_FindsTheProgramsInCiudadJuarez_AndPoliceFindsThePoliceAgencies()
    {
        Data.ProgramsIn("juarez").Select(p => p.Id).Should().Contain("program/us-agents-embedded-juarez-command-center")
            .And.OnlyContain(id => Data.Get<CooperationProgram>(id).Places.Any(p => p.Contains("Juárez", StringComparison.Ordinal)));
        Data.FindByName<Agency>("police").Select(m => m.Record.Id).Should().Contain(["agency/mx-federal-police", "agency/mx-ciudad-juarez-police"]);
    }

    [Fact]
    public void SearchingSiu_FindsTheProgramFirst_ThenItsBudgetLinesAndFigures_AboveMereMentions()
    {
        var hits = Data.Search("SIU", 100).ToList();

        hits[0].Record.Id.Should().Be("program/dea-siu");
        var ofTheProgram = hits.FindAll(h => h.Record is BudgetLine { ProgramId: "program/dea-siu" } or Figure { ProgramId: "program/dea-siu" });
        ofTheProgram.Should().HaveCountGreaterThanOrEqualTo(3).And.OnlyContain(h => h.Score < hits[0].Score);
        var mentions = hits.Skip(1).Except(ofTheProgram).Where(h => h.Via is null && !Data.RecordsReferencedBy(h.Record.Id).Any(r => r.Id == "program/dea-siu"));
        var lastOfTheProgram = ofTheProgram.Max(hits.IndexOf);
        mentions.Should().NotBeEmpty().And.OnlyContain(m => hits.IndexOf(m) > lastOfTheProgram);
        Data.FindBudgetLines(programId: "SIU").Should().Equal(Data.FindBudgetLines(programId: "program/dea-siu"));
    }

    [Fact]
    public void StatedOrder_GarciaAbregosExpulsionFollowsHisArrest_AndTheDeaRulesFollowTheNorms()
    {
        var ids = Data.Timeline.Select(e => e.Record.Id).ToList();

        ids.IndexOf("event/expulsion-juan-garcia-abrego").Should().BeGreaterThan(ids.IndexOf("event/arrest-juan-garcia-abrego"));
        ids.IndexOf("event/mx-issues-dea-agents-rules-1992").Should().BeGreaterThan(ids.IndexOf("event/mx-publishes-norms-foreign-agents-1992"));
        Data.Get<Event>("event/expulsion-juan-garcia-abrego").AfterId.Should().Be("event/arrest-juan-garcia-abrego");
    }
}
