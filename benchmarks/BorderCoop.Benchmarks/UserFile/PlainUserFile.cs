namespace BorderCoop.Benchmarks;

// The floor of the user-file benchmark: a user file read into plain records of the same shape, with no checks.
// Each record below mirrors one object of the export format (BorderCoopData.WriteJson) property for property, as
// the camelCase names of its positional parameters. Every value is kept as JSON gives it: dates, periods, fiscal years
// and enum values stay strings, ids are not checked, references not resolved; amounts are decimals, as in the model.
// Read through PlainUserFileContext, source-generated like the library's own contract.

/// <summary>A whole user file: its declared release and one list per family, each null when the file leaves it out.</summary>
internal sealed record PlainUserFile(
    string? DataVersion,
    IReadOnlyList<PlainSource>? Sources,
    IReadOnlyList<PlainAgency>? Agencies,
    IReadOnlyList<PlainPerson>? People,
    IReadOnlyList<PlainAgreement>? Agreements,
    IReadOnlyList<PlainProgram>? Programs,
    IReadOnlyList<PlainExtraditionCase>? ExtraditionCases,
    IReadOnlyList<PlainExtraditionFigure>? ExtraditionFigures,
    IReadOnlyList<PlainBudgetLine>? BudgetLines,
    IReadOnlyList<PlainFigure>? Figures,
    IReadOnlyList<PlainEvent>? Events,
    IReadOnlyList<PlainConflict>? Conflicts)
{
    /// <summary>The number of records, over all families.</summary>
    public long Count =>
        (Sources?.Count ?? 0) + (Agencies?.Count ?? 0) + (People?.Count ?? 0) + (Agreements?.Count ?? 0) + (Programs?.Count ?? 0)
        + (ExtraditionCases?.Count ?? 0) + (ExtraditionFigures?.Count ?? 0) + (BudgetLines?.Count ?? 0) + (Figures?.Count ?? 0)
        + (Events?.Count ?? 0) + (Conflicts?.Count ?? 0);
}

/// <summary>A citation: a source id and a quote.</summary>
internal sealed record PlainCitation(string Source, string Quote);

/// <summary>A value with its qualifier and unit (<see cref="Quantity"/>).</summary>
internal sealed record PlainQuantity(decimal Value, string Qualifier, string? Unit);

/// <summary>An amount of money (<see cref="Money"/>).</summary>
internal sealed record PlainMoney(decimal Amount, string Currency);

/// <summary>A <see cref="Source"/>.</summary>
internal sealed record PlainSource(
    string Id, string? Title, string Description, IReadOnlyList<string>? Authors, string? Outlet, string? Published, string Kind,
    string? Url, string File, IReadOnlyList<PlainCitation>? Citations, string? Notes);

/// <summary>An <see cref="Agency"/>.</summary>
internal sealed record PlainAgency(
    string Id, string? Country, string EnglishName, string? SpanishName, IReadOnlyList<string>? EnglishAcronyms,
    IReadOnlyList<string>? SpanishAcronyms, IReadOnlyList<string>? Aliases, string Kind, string? Parent);

/// <summary>A <see cref="PersonRole"/>.</summary>
internal sealed record PlainPersonRole(string Title, string? Agency, string? Organization, string? Period, IReadOnlyList<PlainCitation> Citations);

/// <summary>A <see cref="Person"/>.</summary>
internal sealed record PlainPerson(
    string Id, string Name, IReadOnlyList<string>? Aliases, IReadOnlyList<PlainPersonRole>? Roles, IReadOnlyList<PlainCitation> Citations, string? Notes);

/// <summary>An <see cref="AgreementRelation"/>.</summary>
internal sealed record PlainAgreementRelation(string Kind, string Target);

/// <summary>An <see cref="Agreement"/>.</summary>
internal sealed record PlainAgreement(
    string Id, string Title, IReadOnlyList<string>? Aliases, string Kind, IReadOnlyList<string>? Parties, IReadOnlyList<string>? PartyAgencies,
    IReadOnlyList<string>? Signatories, string? Signed, string? InForce, string? Venue, IReadOnlyList<string>? Provisions,
    IReadOnlyList<PlainAgreementRelation>? Relations, string Description, IReadOnlyList<PlainCitation> Citations, string? Notes, string? Issued);

/// <summary>A <see cref="CooperationProgram"/>.</summary>
internal sealed record PlainProgram(
    string Id, string Name, IReadOnlyList<string>? Aliases, string Kind, IReadOnlyList<string>? LeadAgencies,
    IReadOnlyList<string>? ParticipatingAgencies, IReadOnlyList<string>? Countries, IReadOnlyList<string>? Places, string? Period,
    string Status, IReadOnlyList<string>? Agreements, string Description, IReadOnlyList<PlainCitation> Citations, string? Notes);

/// <summary>An <see cref="ExtraditionCase"/>.</summary>
internal sealed record PlainExtraditionCase(
    string Id, string Person, string From, string To, string Mechanism, string? Arrested, string? ArrestPlace, string? Requested,
    string? Granted, string? Surrendered, string Outcome, IReadOnlyList<string>? Charges, string? Organization,
    IReadOnlyList<string>? Agencies, IReadOnlyList<PlainCitation> Citations, string? Notes);

/// <summary>An <see cref="ExtraditionFigure"/>.</summary>
internal sealed record PlainExtraditionFigure(
    string Id, string? Period, string? AsOf, string From, string To, string Population, string? Nationality, string Measure,
    PlainQuantity Value, string? ReportedBy, IReadOnlyList<PlainCitation> Citations, string? Notes);

/// <summary>A <see cref="BudgetLine"/>.</summary>
internal sealed record PlainBudgetLine(
    string Id, string? Program, string Description, string? Funder, IReadOnlyList<string>? RecipientCountries,
    IReadOnlyList<string>? RecipientAgencies, string? FiscalYear, string? Period, PlainMoney Amount, string Stage,
    IReadOnlyList<string>? Qualifiers, string? ReportedBy, IReadOnlyList<PlainCitation> Citations, string? Notes);

/// <summary>A <see cref="Figure"/>.</summary>
internal sealed record PlainFigure(
    string Id, string Measure, string? Subject, PlainQuantity Value, string? Period, string? AsOf, string? Place, string? Program,
    IReadOnlyList<string>? Agencies, string? ReportedBy, IReadOnlyList<PlainCitation> Citations, string? Notes);

/// <summary>An <see cref="Event"/>.</summary>
internal sealed record PlainEvent(
    string Id, string? Date, string Kind, string Title, string Description, string? Place, IReadOnlyList<string>? Participants,
    IReadOnlyList<string>? Agencies, IReadOnlyList<string>? Related, IReadOnlyList<PlainCitation> Citations, string? Notes, string? After);

/// <summary>A <see cref="ConflictVersion"/>.</summary>
internal sealed record PlainConflictVersion(
    string Statement, string? Record, IReadOnlyList<PlainCitation> Citations, string? Date, string? DateKind, string? DateOf);

/// <summary>A <see cref="Conflict"/>.</summary>
internal sealed record PlainConflict(
    string Id, string Title, string Explanation, IReadOnlyList<string>? Records, IReadOnlyList<PlainConflictVersion> Versions);
