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

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200C\u200D")]
    [InlineData("\u2060\uFEFF\u00AD")]
    [InlineData(" \t\u200B\r\n\u00A0")]
    [InlineData("\u202E\u2066")]
    [InlineData("\u0007")]
    public void Text_ThatOnlyLooksLikeText_IsBlank_WhereverARecordRequiresText(string blank)
    {
        var quote = () => new Citation("source/arzt-security-collaboration", blank);
        var title = () => new Agreement("agreement/test", blank, [], AgreementKind.Agreement, ["US", "MX"], [], [], null, null, null, [], [], "A test.", [Quote]);
        var provision = () => NewAgreement(provisions: ["information exchange", blank]);
        var unit = () => new Quantity(1, QuantityQualifier.Exact, blank);

        quote.Should().Throw<ArgumentException>().WithParameterName("quote").WithMessage("The value cannot be blank*");
        title.Should().Throw<ArgumentException>().WithParameterName("title").WithMessage("The value cannot be blank*");
        provision.Should().Throw<ArgumentException>().WithParameterName("provisions").WithMessage("Item 1 of the list cannot be blank*");
        unit.Should().Throw<ArgumentException>().WithParameterName("unit").WithMessage("The value cannot be blank*");
    }

    [Theory]
    [InlineData("Arrested\u0000 in Matamoros", "U+0000 at index 8")]
    [InlineData("\u001b[31mred", "U+001B at index 0")]
    [InlineData("a\u007Fb", "U+007F at index 1")]
    [InlineData("a\u0085b", "U+0085 at index 1")]
    [InlineData("a\u009Bb", "U+009B at index 1")]
    [InlineData("line\u000Bfeed", "U+000B at index 4")]
    public void Text_WithAControlCharacterOtherThanTabOrALineBreak_IsRejected_NamingTheCharacter(string text, string named)
    {
        var description = () => new Agreement("agreement/test", "Test", [], AgreementKind.Agreement, ["US", "MX"], [], [], null, null, null, [], [], text, [Quote]);
        var provision = () => NewAgreement(provisions: [text]);
        var notes = () => new Agreement("agreement/test", "Test", [], AgreementKind.Agreement, ["US", "MX"], [], [], null, null, null, [], [], "A test.", [Quote], text);

        description.Should().Throw<ArgumentException>().WithParameterName("description").WithMessage($"The value holds the control character {named};*");
        provision.Should().Throw<ArgumentException>().WithParameterName("provisions").WithMessage($"Item 0 of the list holds the control character {named};*");
        notes.Should().Throw<ArgumentException>().WithParameterName("notes").WithMessage($"The value holds the control character {named};*");
    }

    [Fact]
    public void Text_MayHoldTabsLineBreaksAndInvisibleCharacters_AmongVisibleOnes()
    {
        string[] texts = ["one\ttwo\r\nthree\nfour", "zero\u200Bwidth", "Ana\u00ADMar\u00EDa", "\u202Earabic\u202C", "\uFEFFmark", "\U0001F1F2\U0001F1FD"];

        var agreement = NewAgreement(provisions: texts);

        agreement.Provisions.Should().Equal(texts);
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
            ExtraditionPopulation.Nationals, null, ExtraditionMeasure.Total, new Quantity(16, QuantityQualifier.Exact), null, [Quote]);
        var withStrayNationality = () => new ExtraditionFigure("extradition-figure/x", null, null, "MX", "US",
            ExtraditionPopulation.AllPersons, "MX", ExtraditionMeasure.Total, new Quantity(16, QuantityQualifier.Exact), null, [Quote]);

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
    public void Conflict_NamesTheRecordsItTouches_InItsRecordsOrInAVersion()
    {
        var nowhere = () => new Conflict("conflict/x", "t", "e", [], [new ConflictVersion("one", null, [Quote]), new ConflictVersion("two", null, [Quote])]);
        var inAVersion = () => new Conflict("conflict/x", "t", "e", [], [new ConflictVersion("one", "event/e", [Quote]), new ConflictVersion("two", null, [Quote])]);

        nowhere.Should().Throw<ArgumentException>().WithParameterName("recordIds");
        inAVersion.Should().NotThrow();
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
