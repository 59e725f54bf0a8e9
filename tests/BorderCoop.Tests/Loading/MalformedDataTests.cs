namespace BorderCoop.Tests.Loading;

/// <summary>
/// Every file in <c>Data/Malformed</c> breaks the data contract in its own way. Extending the default dataset with it
/// fails with exactly the problems listed here (line, JSON path, record id, message), and leaves the default dataset
/// as it was.
/// </summary>
public sealed class MalformedDataTests
{
    private const string Case = "extradition-case/test-case";
    private const string Line = "budget-line/test-line";

    private static readonly IRecord[] DefaultRecords = [.. BorderCoopData.Default.Records];

    /// <summary>What each file must produce, in order: line, JSON path, record id, and a fragment of the message.</summary>
    private static readonly Dictionary<string, Expected[]> Expectations = new()
    {
        ["truncated.json"] = [new(9, "$.extraditionCases[0]", null, "not valid JSON: Expected end of string, but instead reached end of data")],
        ["top-level-array.json"] = [new(1, "$", null, "expected an object whose properties are record families, found an array")],
        ["unknown-family.json"] = [new(2, "$.extraditionCase", null, "'extraditionCase' is not a record family; expected one of: sources, agencies")],
        ["unknown-property.json"] = [new(20, "$.extraditionCases[0].lawyer", Case, "'lawyer' is not a property of ExtraditionCase")],
        ["type-name-property.json"] = [new(4, "$.extraditionCases[0].$type", Case, "type names and other metadata are never read from the data")],
        ["object-for-string.json"] = [new(5, "$.extraditionCases[0].person", Case, "expected a string, found an object")],
        ["string-for-number.json"] = [new(9, "$.budgetLines[0].amount.amount", Line, "expected a number, found a string")],
        ["month-13.json"] = [new(9, "$.extraditionCases[0].arrested", Case, "'1996-13' has month 13")],
        ["february-30.json"] = [new(9, "$.extraditionCases[0].arrested", Case, "'2009-02-30' is not a day of the calendar: 2009-02 has 28 days")],
        ["period-end-before-start.json"] = [new(18, "$.budgetLines[0].period", Line, "'2007/2000' ends before it starts")],
        ["negative-money.json"] = [new(9, "$.budgetLines[0].amount.amount", Line, "amount ('-1000000') must be a non-negative value")],
        ["nan-literal.json"] = [new(9, "$.budgetLines[0]", null, "not valid JSON: 'N' is an invalid start of a value")],
        ["huge-exponent.json"] = [new(9, "$.budgetLines[0].amount.amount", Line, "1e400 is not a number this field can hold")],
        ["currency-code-format.json"] = [new(10, "$.budgetLines[0].amount.currency", Line, "'US$' is not an ISO 4217 currency code")],
        ["empty-quote.json"] = [new(17, "$.extraditionCases[0].citations[0].quote", Case, "cannot be an empty string")],
        ["anchor-wrong-length.json"] = [new(18, "$.extraditionCases[0].citations[0].anchor", Case, "The anchor spans 10 code points ([100, 110)), but the quote has 13")],
        ["anchor-unknown-property.json"] = [new(21, "$.extraditionCases[0].citations[0].anchor.exact", Case, "'exact' is not a property of QuoteAnchor; expected one of: start, end, prefix, suffix")],
        ["whitespace-quote.json"] = [new(21, "$.extraditionCases[0].citations[1].quote", Case, "cannot be blank")],
        ["zero-width-notes.json"] = [new(20, "$.extraditionCases[0].notes", Case, "The value cannot be blank: it has only white space, invisible format characters (such as zero-width spaces) or control characters")],
        ["nul-in-charges.json"] = [new(11, "$.extraditionCases[0].charges", Case, "Item 0 of the list holds the control character U+0000 at index 4; text may hold no control character other than tab, line feed and carriage return")],
        ["missing-citations.json"] = [new(3, "$.extraditionCases[0]", Case, "the required property 'citations' is missing")],
        ["empty-citations.json"] = [new(14, "$.extraditionCases[0].citations", Case, "A claim needs at least one citation")],
        ["missing-nested-qualifier.json"] = [new(10, "$.extraditionFigures[0].value", "extradition-figure/test-figure", "the required property 'qualifier' is missing")],
        ["missing-nested-currency.json"] = [new(8, "$.budgetLines[0].amount", Line, "the required property 'currency' is missing")],
        ["missing-quote.json"] = [new(15, "$.extraditionCases[0].citations[0]", Case, "the required property 'quote' is missing")],
        ["unknown-enum.json"] = [new(10, "$.extraditionCases[0].outcome", Case, "unknown extradition outcome 'extradited'; expected one of: unknown, requested, pending, denied, granted-then-annulled, surrendered")],
        ["duplicate-id-in-file.json"] = [new(22, "$.extraditionCases[1].id", Case, "the id is used by more than one record (also at ")],
        ["duplicate-embedded-id.json"] = [new(4, "$.extraditionCases[0].id", "extradition-case/juan-garcia-abrego", "the id is used by more than one record (also by a record of the dataset being extended)")],
        ["dangling-agency.json"] = [new(13, "$.extraditionCases[0].agencies[1]", Case, "'agency/mx-nowhere' does not resolve to any record")],
        ["agency-parent-cycle.json"] = [new(15, "$.agencies[1].parent", "agency/test-ministry", "the agency parents form a cycle, agency/test-ministry → agency/test-office → agency/test-ministry: an agency cannot be its own ancestor")],
        ["agency-own-parent.json"] = [new(8, "$.agencies[0].parent", "agency/test-office", "An agency cannot be its own parent")],
        ["wrong-family-reference.json"] = [new(6, "$.budgetLines[0].funder", Line, "'person/felipe-calderon' is not a valid reference: expected an id of family agency")],
        ["malformed-id.json"] = [new(4, "$.extraditionCases[0].id", null, "'extradition-case/Juan_Perez' is not a valid extradition-case id")],
        ["depth-bomb.json"] = [new(11, "$.extraditionCases[0]", null, "nested deeper than the limit of 32 levels")],
        ["comments.json"] = [new(10, "$.extraditionCases[0]", null, "not valid JSON: '/' is an invalid start of a property name")],
        ["trailing-comma.json"] = [new(13, "$.extraditionCases[0]", null, "not valid JSON: The JSON array contains a trailing comma")],
        ["duplicate-property.json"] = [new(11, "$.extraditionCases[0].outcome", Case, "the property 'outcome' appears more than once in this object")],
        ["utf16.json"] = [new(1, null, null, "the input is UTF-16")],
        ["invalid-utf8.json"] = [new(20, null, null, "the input is not valid UTF-8: byte 0xF3")],
        ["null-record.json"] = [new(21, "$.extraditionCases[1]", null, "the record is null")],
        ["null-in-list.json"] = [new(22, "$.extraditionCases[0].charges[1]", Case, "null is not allowed in this list; expected a string")],
        ["family-not-an-array.json"] = [new(2, "$.budgetLines", null, "expected an array of records, found an object")],
        ["same-countries.json"] = [new(7, "$.extraditionCases[0].to", Case, "An extradition goes between two countries; both are MX")],
        ["surrendered-before-arrest.json"] = [new(20, "$.extraditionCases[0].surrendered", Case, "cannot be surrendered before the arrest: 1995-06 lies before 1996-01-14")],
        ["fiscal-year-format.json"] = [new(7, "$.budgetLines[0].fiscalYear", Line, "'FY97' is not a fiscal year")],
        ["trailing-content.json"] = [new(23, "$", null, "not valid JSON: '{' is invalid after a single JSON value")],
        ["empty.json"] = [new(1, "$", null, "not valid JSON: The input does not contain any JSON tokens")],
        ["several-problems.json"] =
        [
            new(9, "$.extraditionCases[0].arrested", Case, "'1996-13' has month 13"),
            new(20, "$.extraditionCases[0].lawyer", Case, "'lawyer' is not a property of ExtraditionCase"),
            new(47, "$.budgetLines[0].amount", Line, "the required property 'currency' is missing"),
            new(31, "$.extraditionCases[1].agencies[0]", "extradition-case/test-case-two", "'agency/mx-nowhere' does not resolve to any record"),
        ],
    };

    public static TheoryData<string> Files() => [.. Expectations.Keys.Order(StringComparer.Ordinal)];

    private static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "Data", "Malformed", fileName);

    [Fact]
    public void EveryMalformedFile_HasExpectations_AndEveryExpectationHasAFile()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "Malformed"), "*.json").Select(Path.GetFileName);

        files.Should().BeEquivalentTo(Expectations.Keys);
        Expectations.Should().HaveCountGreaterThanOrEqualTo(30);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ExtendFile_ReportsExactlyTheExpectedProblems_AndLeavesTheDefaultDatasetUnchanged(string fileName)
    {
        var path = PathOf(fileName);

        var extend = () => BorderCoopData.Default.ExtendFile(path);

        var problems = extend.Should().Throw<DatasetValidationException>().Which.Problems;
        problems.Select(p => (p.Line, p.JsonPath, p.RecordId)).Should().Equal(Expectations[fileName].Select(e => (e.Line, e.JsonPath, e.RecordId)));
        for (var i = 0; i < problems.Count; i++)
        {
            problems[i].File.Should().Be(path);
            problems[i].Message.Should().Contain(Expectations[fileName][i].Message);
            problems[i].Location.Should().StartWith($"{path}:{problems[i].Line}");
        }

        BorderCoopData.Default.Records.Should().HaveCount(DefaultRecords.Length).And.Equal(DefaultRecords);
        BorderCoopData.Default.Find(Case).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Extend_FromAStream_ReportsTheSameProblemsUnderTheGivenName(string fileName)
    {
        using var stream = File.OpenRead(PathOf(fileName));

        var extend = () => BorderCoopData.Default.Extend(stream, fileName);

        var problems = extend.Should().Throw<DatasetValidationException>().Which.Problems;
        problems.Should().HaveCount(Expectations[fileName].Length).And.OnlyContain(p => p.File == fileName);
    }

    private sealed record Expected(int? Line, string? JsonPath, string? RecordId, string Message);
}
