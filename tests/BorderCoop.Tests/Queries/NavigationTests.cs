using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary>Moving from a record to the records it names and to those that name it, on a dataset built here.</summary>
public sealed class NavigationTests
{
    private static readonly Agency Dea = Agency("us-dea", "Drug Enforcement Administration", acronyms: ["DEA"]);
    private static readonly Agency Pgr = Agency("mx-pgr", "Attorney General's Office", acronyms: ["PGR"]);
    private static readonly Agency Unused = Agency("us-unused", "Office of Unnamed Things");
    private static readonly Person Abrego = Person("abrego", "Juan García Ábrego");
    private static readonly Agreement Deal = Agreement("border-deal", "Border cooperation agreement");
    private static readonly CooperationProgram Siu = new(
        "program/dea-siu", "Sensitive Investigative Units", null, ProgramKind.VettedUnit, [Dea.Id], [Pgr.Id, Dea.Id], ["MX"], null, null, ProgramStatus.Active, [Deal.Id], "Vetted units.", Quote);
    private static readonly CooperationProgram Other = Program("other", "Another program");
    private static readonly BudgetLine SiuLine = BudgetLine("siu-fy2011", Siu.Id);
    private static readonly BudgetLine OtherLine = BudgetLine("other-fy2011", Other.Id);
    private static readonly ExtraditionCase Expulsion = Case("abrego", Abrego.Id, agencies: [Pgr.Id, Dea.Id]);
    private static readonly Figure Labs = new("figure/labs", "labs seized", null, new Quantity(3, QuantityQualifier.Exact), null, null, null, Siu.Id, [Dea.Id], null, Quote);
    private static readonly Event Arrest = Event("arrest", "An arrest", agencies: [Dea.Id]);
    private static readonly Conflict Credit = Conflict("credit", "Who made the arrest?", Dea.Id);
    private static readonly BorderCoopData Data = TestRecords.Data(Dea, Pgr, Unused, Abrego, Deal, Siu, Other, SiuLine, OtherLine, Expulsion, Labs, Arrest, Credit);

    [Fact]
    public void AnAgreementsPrograms_AreThoseThatNameIt()
    {
        Data.RecordsReferencing<CooperationProgram>(Deal.Id).Should().Equal(Siu);
    }

    [Fact]
    public void AProgramsBudgetLines_AreThoseThatNameIt()
    {
        Data.RecordsReferencing<BudgetLine>(Siu.Id).Should().Equal(SiuLine).And.Equal(Data.FindBudgetLines(programId: Siu.Id));
    }

    [Fact]
    public void AProgramsAgencies_AreTheLeadAndParticipatingOnes_EachOnce()
    {
        Data.RecordsReferencedBy<Agency>(Siu.Id).Should().Equal(Dea, Pgr);
    }

    [Fact]
    public void AnAgencysEverything_SpansProgramsCasesFiguresEventsAndConflicts()
    {
        Data.RecordsReferencing(Dea.Id).Should().BeEquivalentTo(new IRecord[] { Siu, Expulsion, Labs, Arrest, Credit });
        Data.RecordsReferencing(Dea.Id).Should().Contain(Data.ProgramsInvolving(Dea.Id));
        Data.RecordsReferencing(Unused.Id).Should().BeEmpty();
    }

    [Fact]
    public void ReferencedBy_ListsEachRecordOnce_IncludingCitedSources()
    {
        Data.RecordsReferencedBy(Expulsion.Id).Should().BeEquivalentTo(new IRecord[] { Abrego, Pgr, Dea, TestRecords.Source });
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
    public void EveryReference_IsFoundFromBothEnds_InTheCuratedData()
    {
        var data = BorderCoopData.Default;
        var checkedLinks = 0;
        foreach (var record in data.Records)
        {
            foreach (var target in data.RecordsReferencedBy(record.Id))
            {
                data.RecordsReferencing(target.Id).Should().Contain(record, $"{record.Id} names {target.Id}");
                checkedLinks++;
            }
        }

        checkedLinks.Should().BePositive();
    }
}
