namespace BorderCoop.Tests.Model;

/// <summary>The record constructors reject impossible values and compare collections by content.</summary>
public sealed class RecordRulesTests
{
    private static readonly Citation Quote = new("source/arzt-security-collaboration", "Sigrid Arzt");

    private static Agreement NewAgreement(
        string id = "agreement/test",
        PartialDate? signed = null,
        PartialDate? inForce = null,
        IReadOnlyList<Citation>? citations = null,
        IReadOnlyList<string>? provisions = null) =>
        new(id, "Test agreement", [], AgreementKind.Agreement, ["US", "MX"], [], [], signed, inForce, null,
            provisions ?? ["information exchange"], [], "A test.", citations ?? [Quote]);

    [Fact]
    public void Citation_RejectsAnEmptyQuote_NamingTheParameter()
    {
        var create = () => new Citation("source/arzt-security-collaboration", "  ");

        create.Should().Throw<ArgumentException>().WithParameterName("quote");
    }

    [Fact]
    public void Citation_RejectsAnIdThatIsNotASource()
    {
        var create = () => new Citation("agency/mx-pgr", "PGR");

        create.Should().Throw<ArgumentException>().WithParameterName("sourceId");
    }

    [Theory]
    [InlineData("Agreement/Test")]
    [InlineData("agreement/")]
    [InlineData("agreement/double--hyphen")]
    [InlineData("program/wrong-family")]
    [InlineData("agreement/ñandú")]
    public void Agreement_RejectsMalformedIds(string id)
    {
        var create = () => NewAgreement(id);

        create.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void Agreement_RejectsAClaimWithoutCitations()
    {
        var create = () => NewAgreement(citations: []);

        create.Should().Throw<ArgumentException>().WithParameterName("citations");
    }

    [Fact]
    public void Agreement_RejectsEnteringIntoForceBeforeSigning()
    {
        var create = () => NewAgreement(signed: PartialDate.FromYear(1991), inForce: PartialDate.FromYear(1987));

        create.Should().Throw<ArgumentException>().WithParameterName("inForce");
    }

    [Fact]
    public void Agreement_EqualityComparesListContents_NotListInstances()
    {
        var first = NewAgreement(provisions: new List<string> { "a", "b" });
        var second = NewAgreement(provisions: new[] { "a", "b" });
        var different = NewAgreement(provisions: ["b", "a"]);

        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
        first.Should().NotBe(different);
    }

    [Fact]
    public void Agreement_CopiesItsInputLists_SoLaterChangesAreNotSeen()
    {
        var provisions = new List<string> { "a" };
        var agreement = NewAgreement(provisions: provisions);

        provisions.Add("b");

        agreement.Provisions.Should().Equal("a");
        (agreement.Provisions is ICollection<string> { IsReadOnly: false }).Should().BeFalse();
    }

    [Fact]
    public void ExtraditionCase_RejectsTheSameCountryAtBothEnds()
    {
        var create = () => new ExtraditionCase("extradition-case/x", "person/fox", "MX", "MX", ExtraditionMechanism.Extradition,
            null, null, null, null, null, ExtraditionOutcome.Unknown, [], null, [], [Quote]);

        create.Should().Throw<ArgumentException>().WithParameterName("to");
    }

    [Fact]
    public void ExtraditionCase_RejectsASurrenderBeforeTheArrest()
    {
        var create = () => new ExtraditionCase("extradition-case/x", "person/fox", "MX", "US", ExtraditionMechanism.Extradition,
            PartialDate.FromDate(1998, 6, 1), null, null, null, PartialDate.FromYear(1997), ExtraditionOutcome.Surrendered, [], null, [], [Quote]);

        create.Should().Throw<ArgumentException>().WithParameterName("surrendered");
    }

    [Fact]
    public void ExtraditionFigure_RequiresANationalityExactlyWhenCountingNationals()
    {
        var withoutNationality = () => new ExtraditionFigure("extradition-figure/x", null, null, "MX", "US",
            ExtraditionPopulation.Nationals, null, ExtraditionMeasure.Total, new Quantity(16), null, [Quote]);
        var withStrayNationality = () => new ExtraditionFigure("extradition-figure/x", null, null, "MX", "US",
            ExtraditionPopulation.AllPersons, "MX", ExtraditionMeasure.Total, new Quantity(16), null, [Quote]);

        withoutNationality.Should().Throw<ArgumentException>().WithParameterName("nationality");
        withStrayNationality.Should().Throw<ArgumentException>().WithParameterName("nationality");
    }

    [Fact]
    public void BudgetLine_RequiresExactlyOneOfFiscalYearAndPeriod()
    {
        var neither = () => new BudgetLine("budget-line/x", null, "test", null, [], [], null, null,
            new Money(1, "USD"), BudgetStage.Budget, [], null, [Quote]);
        var both = () => new BudgetLine("budget-line/x", null, "test", null, [], [], new FiscalYear(2006), DateRange.Parse("2006"),
            new Money(1, "USD"), BudgetStage.Budget, [], null, [Quote]);

        neither.Should().Throw<ArgumentException>().WithParameterName("period");
        both.Should().Throw<ArgumentException>().WithParameterName("period");
    }

    [Fact]
    public void Conflict_NeedsAtLeastTwoVersions()
    {
        var create = () => new Conflict("conflict/x", "t", "e", [], [new ConflictVersion("only one", null, [Quote])]);

        create.Should().Throw<ArgumentException>().WithParameterName("versions");
    }

    [Fact]
    public void Agency_RejectsLowerCaseCountryCodesAndBeingItsOwnParent()
    {
        var lowerCase = () => new Agency("agency/x", "mx", "X", null, [], [], [], AgencyKind.Ministry, null);
        var ownParent = () => new Agency("agency/x", "MX", "X", null, [], [], [], AgencyKind.Ministry, "agency/x");

        lowerCase.Should().Throw<ArgumentException>().WithParameterName("country");
        ownParent.Should().Throw<ArgumentException>().WithParameterName("parentId");
    }

    [Fact]
    public void ToString_IsAConciseOneLiner()
    {
        NewAgreement("agreement/mou-1987", signed: PartialDate.Parse("1987-12")).ToString()
            .Should().StartWith("agreement/mou-1987 (").And.EndWith(", 1987-12)");
        Quote.ToString().Should().Be("source/arzt-security-collaboration: \"Sigrid Arzt\"");
    }
}
