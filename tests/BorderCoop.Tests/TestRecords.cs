namespace BorderCoop.Tests;

/// <summary>
/// Small records built in code for tests that state a rule on a hand-made dataset (see <see cref="BorderCoopData.Create"/>):
/// only the fields a test is about are given; everything else is the least a record may have.
/// </summary>
internal static class TestRecords
{
    /// <summary>The one source every test record quotes.</summary>
    public static readonly Source Source = new(
        "source/test", "A test paper", "A source made up for tests.", ["Ann Author"], null, null, SourceKind.Analysis, null, "test.txt", null);

    /// <summary>A citation of <see cref="Source"/>.</summary>
    public static IReadOnlyList<Citation> Quote { get; } = [new Citation(Source.Id, "a quote")];

    public static Agency Agency(string slug, string englishName, string? spanishName = null, string[]? acronyms = null, string[]? aliases = null) =>
        new($"agency/{slug}", "US", englishName, spanishName, acronyms, null, aliases, AgencyKind.LawEnforcement, null);

    public static Person Person(string slug, string name, params string[] aliases) =>
        new($"person/{slug}", name, aliases, null, Quote);

    public static CooperationProgram Program(
        string slug, string name, string[]? aliases = null, string[]? leads = null, string[]? participants = null, string[]? places = null, string[]? countries = null, string description = "A program.") =>
        new($"program/{slug}", name, aliases, ProgramKind.VettedUnit, leads, participants, countries, places, null, ProgramStatus.Active, null, description, Quote);

    public static Agreement Agreement(string slug, string title, params string[] aliases) =>
        new($"agreement/{slug}", title, aliases, AgreementKind.Treaty, ["MX", "US"], null, null, null, null, null, null, null, "An agreement.", Quote);

    public static BudgetLine BudgetLine(string slug, string? programId = null, string? funderId = null, string[]? recipientCountries = null, string[]? recipientAgencyIds = null, string description = "Money.") =>
        new($"budget-line/{slug}", programId, description, funderId, recipientCountries, recipientAgencyIds, new FiscalYear(2011), null, new Money(1000, "USD"), BudgetStage.Request, null, null, Quote);

    public static Figure Figure(string slug, string measure, string? programId = null) =>
        new($"figure/{slug}", measure, null, new Quantity(3, QuantityQualifier.Exact), null, null, null, programId, null, null, Quote);

    public static Event Event(string slug, string title, string description = "Something happened.") =>
        new($"event/{slug}", null, EventKind.Other, title, description, null, null, null, null, Quote);

    public static ExtraditionCase Case(string slug, string personId) =>
        new($"extradition-case/{slug}", personId, "MX", "US", ExtraditionMechanism.Extradition, null, null, null, null, null, ExtraditionOutcome.Unknown, null, null, null, Quote);

    public static Conflict Conflict(string slug, string title, string recordId) =>
        new($"conflict/{slug}", title, "They differ.", [recordId], [new ConflictVersion("one", null, Quote), new ConflictVersion("two", null, Quote)]);

    /// <summary>A dataset of <see cref="Source"/> and <paramref name="records"/>.</summary>
    public static BorderCoopData Data(params IRecord[] records) => BorderCoopData.Create([Source, .. records]);
}
