namespace BorderCoop.Tests.Queries;

/// <summary>Moving from a record to the records it names and to those that name it.</summary>
public sealed class NavigationTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    [Fact]
    public void AnAgreementsPrograms_AreThoseThatNameIt()
    {
        Data.RecordsReferencing<CooperationProgram>("agreement/dhs-ssp-border-cooperation-agreement").Select(p => p.Id)
            .Should().Equal("program/cbp-federal-police-arizona-sonora-unit");
    }

    [Fact]
    public void AProgramsBudgetLines_AreThoseThatNameIt()
    {
        Data.RecordsReferencing<BudgetLine>("program/dea-siu").Should().Equal(Data.FindBudgetLines(programId: "program/dea-siu"));
    }

    [Fact]
    public void AProgramsAgencies_AreTheLeadAndParticipatingOnes()
    {
        var epic = Data.Get<CooperationProgram>("program/epic");

        Data.RecordsReferencedBy<Agency>("program/epic").Select(a => a.Id)
            .Should().Equal(epic.LeadAgencyIds.Concat(epic.ParticipatingAgencyIds).Distinct());
    }

    [Fact]
    public void AnAgencysEverything_SpansProgramsCasesFiguresEventsAndConflicts()
    {
        var dea = Data.RecordsReferencing("agency/us-dea");

        dea.Select(r => r.GetType().Name).Distinct().Should().BeEquivalentTo(
            nameof(CooperationProgram), nameof(ExtraditionCase), nameof(Figure), nameof(Event), nameof(Conflict));
        dea.Should().HaveCount(26);
        dea.Should().Contain(Data.ProgramsInvolving("agency/us-dea"));
    }

    [Fact]
    public void ReferencedBy_ListsEachRecordOnce_IncludingCitedSources()
    {
        var garcia = Data.RecordsReferencedBy("extradition-case/juan-garcia-abrego").Select(r => r.Id).ToList();

        garcia.Should().OnlyHaveUniqueItems();
        garcia.Should().Contain(["person/juan-garcia-abrego", "source/arzt-security-collaboration"]);
    }

    [Fact]
    public void UnknownIds_Throw_InsteadOfGivingEmptyAnswers()
    {
        var referencing = () => Data.RecordsReferencing("agency/nobody");
        var referencedBy = () => Data.RecordsReferencedBy("agency/nobody");

        referencing.Should().Throw<NameResolutionException>().Which.Status.Should().Be(NameResolutionStatus.NotFound);
        referencedBy.Should().Throw<NameResolutionException>().Which.Status.Should().Be(NameResolutionStatus.NotFound);
    }

    [Fact]
    public void EveryReference_IsFoundFromBothEnds()
    {
        foreach (var record in Data.Records)
        {
            foreach (var target in Data.RecordsReferencedBy(record.Id))
            {
                Data.RecordsReferencing(target.Id).Should().Contain(record, $"{record.Id} names {target.Id}");
            }
        }
    }
}
