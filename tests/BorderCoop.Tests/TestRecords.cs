namespace BorderCoop.Tests;

/// <summary>
/// Small records built in code for tests that state a rule on a hand-made dataset (see <see cref="BorderCoopData.Create"/>):
/// only the fields a test is about are given; everything else is the least a record may have. Dates and periods are
/// written as in the data files (<c>"1996-01~"</c>, <c>"1997/.."</c>).
/// </summary>
internal static class TestRecords
{
    /// <summary>The one source every test record quotes.</summary>
    public static readonly Source Source = new(
        "source/test", "A test paper", "A source made up for tests.", ["Ann Author"], null, null, SourceKind.Analysis, null, "test.txt", null);

    /// <summary>A citation of <see cref="Source"/>.</summary>
    public static IReadOnlyList<Citation> Quote { get; } = [new Citation(Source.Id, "a quote")];

    /// <summary>Citations of <see cref="Source"/> with these quotes, in order.</summary>
    public static IReadOnlyList<Citation> Quotes(params string[] quotes) => [.. quotes.Select(q => new Citation(Source.Id, q))];

    /// <summary>The date written <paramref name="edtf"/>, or null.</summary>
    public static PartialDate? Date(string? edtf) => edtf is null ? null : PartialDate.Parse(edtf);

    /// <summary>The period written <paramref name="edtf"/>, or null.</summary>
    public static DateRange? Period(string? edtf) => edtf is null ? null : DateRange.Parse(edtf);

    public static Agency Agency(string slug, string englishName, string? spanishName = null, string[]? acronyms = null, string[]? aliases = null, string country = "US") =>
        new($"agency/{slug}", country, englishName, spanishName, acronyms, null, aliases, AgencyKind.LawEnforcement, null);

    public static Person Person(string slug, string name, params string[] aliases) =>
        new($"person/{slug}", name, aliases, null, Quote);

    public static CooperationProgram Program(
        string slug, string name, string[]? aliases = null, string[]? leads = null, string[]? participants = null, string[]? places = null, string[]? countries = null, string description = "A program.",
        string? period = null, ProgramStatus status = ProgramStatus.Active) =>
        new($"program/{slug}", name, aliases, ProgramKind.VettedUnit, leads, participants, countries, places, Period(period), status, null, description, Quote);

    public static Agreement Agreement(string slug, string title, params string[] aliases) =>
        new($"agreement/{slug}", title, aliases, AgreementKind.Treaty, ["MX", "US"], null, null, null, null, null, null, null, "An agreement.", Quote);

    /// <summary>An agreement with the dates given (any may be null: the sources do not say).</summary>
    public static Agreement DatedAgreement(string slug, string? signed = null, string? inForce = null, string? issued = null, string? title = null, string[]? signatories = null) =>
        new($"agreement/{slug}", title ?? $"Agreement {slug}", null, AgreementKind.Treaty, ["MX", "US"], null, signatories, Date(signed), Date(inForce), null, null, null, "An agreement.", Quote, issued: Date(issued));

    public static BudgetLine BudgetLine(
        string slug, string? programId = null, string? funderId = null, string[]? recipientCountries = null, string[]? recipientAgencyIds = null, string description = "Money.",
        string? fiscalYear = "FY2011", string? period = null, decimal amount = 1000, BudgetStage stage = BudgetStage.Request, string currency = "USD") =>
        new($"budget-line/{slug}", programId, description, funderId, recipientCountries, recipientAgencyIds, fiscalYear is null ? null : FiscalYear.Parse(fiscalYear), Period(period),
            new Money(amount, currency), stage, null, null, Quote);

    public static Figure Figure(string slug, string measure, string? programId = null, string? period = null, string? asOf = null) =>
        new($"figure/{slug}", measure, null, new Quantity(3, QuantityQualifier.Exact), Period(period), Date(asOf), null, programId, null, null, Quote);

    public static ExtraditionFigure ExtraditionFigure(
        string slug, string? period, decimal value, string from = "MX", string to = "US", ExtraditionMeasure measure = ExtraditionMeasure.Total, QuantityQualifier qualifier = QuantityQualifier.Exact) =>
        new($"extradition-figure/{slug}", Period(period), null, from, to, ExtraditionPopulation.AllPersons, null, measure, new Quantity(value, qualifier, "persons"), null, Quote);

    public static Event Event(string slug, string title, string description = "Something happened.", string? date = null, EventKind kind = EventKind.Other, string[]? agencies = null, string? after = null) =>
        new($"event/{slug}", Date(date), kind, title, description, null, null, agencies, null, Quote, afterId: after);

    public static ExtraditionCase Case(
        string slug, string personId, string? arrested = null, string? surrendered = null, ExtraditionOutcome outcome = ExtraditionOutcome.Unknown,
        ExtraditionMechanism mechanism = ExtraditionMechanism.Extradition, string from = "MX", string to = "US", string[]? agencies = null) =>
        new($"extradition-case/{slug}", personId, from, to, mechanism, Date(arrested), null, null, null, Date(surrendered), outcome, null, null, agencies, Quote);

    public static Conflict Conflict(string slug, string title, string recordId) =>
        new($"conflict/{slug}", title, "They differ.", [recordId], [new ConflictVersion("one", null, Quote), new ConflictVersion("two", null, Quote)]);

    /// <summary>A conflict about the date of <paramref name="recordId"/>: one version per date given.</summary>
    public static Conflict DateConflict(string slug, string recordId, params string[] dates) =>
        new($"conflict/{slug}", $"When was {recordId}?", "The passages give different dates.", [recordId], [.. dates.Select(d => new ConflictVersion($"It was {d}.", recordId, Quote, Date(d)))]);

    /// <summary>A dataset of <see cref="Source"/> and <paramref name="records"/>.</summary>
    public static BorderCoopData Data(params IRecord[] records) => BorderCoopData.Create([Source, .. records]);
}
