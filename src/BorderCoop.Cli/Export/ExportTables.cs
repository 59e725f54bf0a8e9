namespace BorderCoop.Cli.Export;

/// <summary>
/// The layout of the CSV export: one table per record family, one child table per list of structured items (a person's
/// roles, a conflict's versions, an agreement's relations), one link table per list of references, <c>citations</c>
/// and <c>records</c>.
/// </summary>
/// <remarks>
/// <para>Column names are the JSON property names in snake_case; a reference gets <c>_id</c> (<c>parent_id</c>), and
/// <c>from</c>/<c>to</c> become <c>from_country</c>/<c>to_country</c> because both are SQL keywords. Lists of plain text
/// (aliases, places, charges, countries) are joined in one cell (<see cref="CellText.ListSeparator"/>); lists of ids get
/// a link table of (owner id, <c>position</c>, referenced id), so every reference is a foreign key.</para>
/// <para>A reference that may name a record of any family (a conflict's records, an event's related records, who
/// reported a figure) points at <c>records</c>, which lists every id with its family table.</para>
/// <para>Rows follow the dataset order: families as <see cref="BorderCoopData.Records"/> lists them, records in file
/// order, list items in list order.</para>
/// </remarks>
internal static class ExportTables
{
    /// <summary>The table of every record id: the target of references that may name any family.</summary>
    public const string Records = "records";

    private const string Position = "The 0-based position in the record's list, as in the JSON paths of citations.csv.";
    private const string Notes = "Curators' remarks on how a value was read; never a claim.";
    private const string ReportedBy = "The agency or person the source attributes it to (an id in records).";

    /// <summary>Every table of <paramref name="data"/>, in export order.</summary>
    public static IReadOnlyList<ExportTable> For(BorderCoopData data) =>
    [
        new TableBuilder<Source>(RecordFamily.Sources.TableName, "A source document the quotes come from.")
            .Id("The source id.", s => s.Id)
            .Text("title", "The title as the document gives it.", s => s.Title)
            .Text("description", "What the document is, in the curators' words.", s => s.Description, required: true)
            .TextList("authors", "The authors.", s => s.Authors)
            .Text("outlet", "Where it was published.", s => s.Outlet)
            .Date("published", "When it was published", s => s.Published)
            .Choice("kind", "What kind of document it is.", s => s.Kind)
            .Text("url", "Its URL, where the document gives one.", s => s.Url)
            .Text("file", "The seed file name in the repository's seeds/ folder.", s => s.FileName, required: true)
            .Text("notes", Notes, s => s.Notes)
            .Build(data.Sources),

        new TableBuilder<Agency>(RecordFamily.Agencies.TableName, "A government body, with its official names (reference labels, not claims).")
            .Id("The agency id.", a => a.Id)
            .Text("country", "The ISO 3166-1 alpha-2 country; empty for an international body.", a => a.Country)
            .Text("english_name", "The official English name.", a => a.EnglishName, required: true)
            .Text("spanish_name", "The official Spanish name.", a => a.SpanishName)
            .TextList("english_acronyms", "English acronyms.", a => a.EnglishAcronyms)
            .TextList("spanish_acronyms", "Spanish acronyms.", a => a.SpanishAcronyms)
            .TextList("aliases", "Other names the sources use, mistakes included.", a => a.Aliases)
            .Choice("kind", "What the agency does.", a => a.Kind)
            .Reference("parent_id", "The agency it belongs to.", a => a.ParentId, RecordFamily.Agencies.TableName)
            .Build(data.Agencies),

        new TableBuilder<Person>(RecordFamily.People.TableName, "A person the sources name.")
            .Id("The person id.", p => p.Id)
            .Text("name", "The name with its accents, in the fullest form the sources give.", p => p.Name, required: true)
            .TextList("aliases", "Accent-free spellings and other forms the sources use.", p => p.Aliases)
            .Text("notes", Notes, p => p.Notes)
            .Build(data.People),

        new TableBuilder<ListItem<Person, PersonRole>>("person-roles", "A position a person held; its quotes are in citations.csv under roles[position].")
            .Reference("person_id", "The person.", r => r.Owner.Id, RecordFamily.People.TableName, required: true)
            .Integer("position", Position, r => r.Position, required: true)
            .Text("title", "The position's title.", r => r.Item.Title, required: true)
            .Reference("agency_id", "The agency, when the position is in one.", r => r.Item.AgencyId, RecordFamily.Agencies.TableName)
            .Text("organization", "The organization, in words, when it is not an agency.", r => r.Item.Organization)
            .Period("period", "When the position was held", r => r.Item.Period)
            .Key("person_id", "position")
            .Build(ListItem.Of(data.People, p => p.Roles)),

        new TableBuilder<Agreement>(RecordFamily.Agreements.TableName, "A treaty, memorandum, agreement, declaration, strategy, set of norms, initiative or joint statement.")
            .Id("The agreement id.", a => a.Id)
            .Text("title", "The title as the sources give it.", a => a.Title, required: true)
            .TextList("aliases", "Other titles, such as the Spanish title.", a => a.Aliases)
            .Choice("kind", "The legal or political form.", a => a.Kind)
            .TextList("parties", "The countries party to it (ISO 3166-1 alpha-2).", a => a.Parties)
            .Date("signed", "When it was signed or launched", a => a.Signed)
            .Date("issued", "When one government issued or published the norms on its own", a => a.Issued)
            .Date("in_force", "When it entered into force", a => a.InForce)
            .Text("venue", "Where it was signed or launched.", a => a.Venue)
            .TextList("provisions", "Areas or provisions the sources list.", a => a.Provisions)
            .Text("description", "What it is, in the curators' words.", a => a.Description, required: true)
            .Text("notes", Notes, a => a.Notes)
            .Build(data.Agreements),

        Links(data.Agreements, a => a.PartyAgencyIds, "agreement-party-agencies", "An agency party to an agreement made at agency level.", "agreement_id", RecordFamily.Agreements.TableName, "agency_id", RecordFamily.Agencies.TableName),
        Links(data.Agreements, a => a.SignatoryIds, "agreement-signatories", "A person who signed an agreement.", "agreement_id", RecordFamily.Agreements.TableName, "person_id", RecordFamily.People.TableName),

        new TableBuilder<ListItem<Agreement, AgreementRelation>>("agreement-relations", "A link from an agreement to another that it follows up, implements or evaluates.")
            .Reference("agreement_id", "The agreement that relates to the target.", r => r.Owner.Id, RecordFamily.Agreements.TableName, required: true)
            .Integer("position", Position, r => r.Position, required: true)
            .Choice("kind", "How it relates to the target.", r => r.Item.Kind)
            .Reference("target_id", "The target agreement.", r => r.Item.TargetId, RecordFamily.Agreements.TableName, required: true)
            .Key("agreement_id", "position")
            .Build(ListItem.Of(data.Agreements, a => a.Relations)),

        new TableBuilder<CooperationProgram>(RecordFamily.Programs.TableName, "A cooperation program: a unit, task force, center, patrol, operation or training.")
            .Id("The program id.", p => p.Id)
            .Text("name", "The name.", p => p.Name, required: true)
            .TextList("aliases", "Other names.", p => p.Aliases)
            .Choice("kind", "What kind of program it is.", p => p.Kind)
            .TextList("countries", "The countries it operates in (ISO 3166-1 alpha-2).", p => p.Countries)
            .TextList("places", "The places the sources name.", p => p.Places)
            .Period("period", "When it ran", p => p.Period)
            .Choice("status", "Its status as of its sources.", p => p.Status)
            .Text("description", "What it is, in the curators' words.", p => p.Description, required: true)
            .Text("notes", Notes, p => p.Notes)
            .Build(data.Programs),

        Links(data.Programs, p => p.LeadAgencyIds, "program-lead-agencies", "An agency that leads a program.", "program_id", RecordFamily.Programs.TableName, "agency_id", RecordFamily.Agencies.TableName),
        Links(data.Programs, p => p.ParticipatingAgencyIds, "program-participating-agencies", "An agency that takes part in a program.", "program_id", RecordFamily.Programs.TableName, "agency_id", RecordFamily.Agencies.TableName),
        Links(data.Programs, p => p.AgreementIds, "program-agreements", "An agreement a program implements or stems from.", "program_id", RecordFamily.Programs.TableName, "agreement_id", RecordFamily.Agreements.TableName),

        new TableBuilder<ExtraditionCase>(RecordFamily.ExtraditionCases.TableName, "One person moved (or not) from one country to another.")
            .Id("The case id.", c => c.Id)
            .Reference("person_id", "The person.", c => c.PersonId, RecordFamily.People.TableName, required: true)
            .Text("from_country", "The country the person was to leave (ISO 3166-1 alpha-2).", c => c.From, required: true)
            .Text("to_country", "The country the person was to go to (ISO 3166-1 alpha-2).", c => c.To, required: true)
            .Choice("mechanism", "The legal route.", c => c.Mechanism)
            .Date("arrested", "When the person was arrested", c => c.Arrested)
            .Text("arrest_place", "Where the person was arrested.", c => c.ArrestPlace)
            .Date("requested", "When the removal was requested", c => c.Requested)
            .Date("granted", "When it was granted", c => c.Granted)
            .Date("surrendered", "When the person was handed over", c => c.Surrendered)
            .Choice("outcome", "How it ended, as of its sources.", c => c.Outcome)
            .TextList("charges", "The charges.", c => c.Charges)
            .Text("organization", "The criminal organization, in words.", c => c.Organization)
            .Text("notes", Notes, c => c.Notes)
            .Build(data.ExtraditionCases),

        Links(data.ExtraditionCases, c => c.AgencyIds, "extradition-case-agencies", "An agency involved in an extradition case.", "extradition_case_id", RecordFamily.ExtraditionCases.TableName, "agency_id", RecordFamily.Agencies.TableName),

        new TableBuilder<ExtraditionFigure>(RecordFamily.ExtraditionFigures.TableName, "An aggregate extradition number as a source reports it.")
            .Id("The figure id.", f => f.Id)
            .Period("period", "The period counted", f => f.Period)
            .Date("as_of", "The date the count stands at", f => f.AsOf)
            .Text("from_country", "The country extradited from (ISO 3166-1 alpha-2).", f => f.From, required: true)
            .Text("to_country", "The country extradited to (ISO 3166-1 alpha-2).", f => f.To, required: true)
            .Choice("population", "Whom it counts.", f => f.Population)
            .Text("nationality", "The nationality counted, when population is nationals.", f => f.Nationality)
            .Choice("measure", "What is measured.", f => f.Measure)
            .Quantity("value", "The number of persons", f => f.Value)
            .Reference("reported_by_id", ReportedBy, f => f.ReportedById, Records)
            .Text("notes", Notes, f => f.Notes)
            .Build(data.ExtraditionFigures),

        new TableBuilder<BudgetLine>(RecordFamily.BudgetLines.TableName, "Money appropriated, budgeted, requested or reported as assistance. Never add lines of different stages or overlapping spans.")
            .Id("The budget line id.", b => b.Id)
            .Reference("program_id", "The program funded.", b => b.ProgramId, RecordFamily.Programs.TableName)
            .Text("description", "What the money is for, in the curators' words.", b => b.Description, required: true)
            .Reference("funder_id", "The agency that provides or appropriates it.", b => b.FunderId, RecordFamily.Agencies.TableName)
            .TextList("recipient_countries", "The countries that receive it (ISO 3166-1 alpha-2).", b => b.RecipientCountries)
            .Integer("fiscal_year", "The U.S. federal fiscal year (2011 is FY2011, 2010-10-01 to 2011-09-30); empty when the line has a calendar period.", b => b.FiscalYear?.Year)
            .Period("period", "The calendar span, when the line has no fiscal year", b => b.Period)
            .Money("The amount", b => b.Amount)
            .Choice("stage", "The budget stage.", b => b.Stage)
            .TextList("qualifiers", "Qualifiers such as non-personnel.", b => b.Qualifiers)
            .Reference("reported_by_id", ReportedBy, b => b.ReportedById, Records)
            .Text("notes", Notes, b => b.Notes)
            .Build(data.BudgetLines),

        Links(data.BudgetLines, b => b.RecipientAgencyIds, "budget-line-recipient-agencies", "An agency that receives the money of a budget line.", "budget_line_id", RecordFamily.BudgetLines.TableName, "agency_id", RecordFamily.Agencies.TableName),

        new TableBuilder<Figure>(RecordFamily.Figures.TableName, "Any other statistic: deaths, seizures, convictions, counts of teams or troops.")
            .Id("The figure id.", f => f.Id)
            .Text("measure", "What is counted.", f => f.Measure, required: true)
            .Text("subject", "Of what or where, when not clear from the measure.", f => f.Subject)
            .Quantity("value", "The value", f => f.Value)
            .Period("period", "The period counted", f => f.Period)
            .Date("as_of", "The date the count stands at", f => f.AsOf)
            .Text("place", "Where, as the source names it.", f => f.Place)
            .Reference("program_id", "The program whose outcome this is.", f => f.ProgramId, RecordFamily.Programs.TableName)
            .Reference("reported_by_id", ReportedBy, f => f.ReportedById, Records)
            .Text("notes", Notes, f => f.Notes)
            .Build(data.Figures),

        Links(data.Figures, f => f.AgencyIds, "figure-agencies", "An agency a figure concerns.", "figure_id", RecordFamily.Figures.TableName, "agency_id", RecordFamily.Agencies.TableName),

        new TableBuilder<Event>(RecordFamily.Events.TableName, "A meeting, arrest, killing, ruling, announcement or other happening.")
            .Id("The event id.", e => e.Id)
            .Date("date", "When it happened", e => e.Date)
            .Choice("kind", "What kind of event it is.", e => e.Kind)
            .Text("title", "A short title.", e => e.Title, required: true)
            .Text("description", "What happened, in the curators' words.", e => e.Description, required: true)
            .Text("place", "Where, as the source names it.", e => e.Place)
            .Reference("after_id", "The record the sources say this event came after (\"a few days later\"), of any family.", e => e.AfterId, Records)
            .Text("notes", Notes, e => e.Notes)
            .Build(data.Events),

        Links(data.Events, e => e.ParticipantIds, "event-participants", "A person who took part in an event.", "event_id", RecordFamily.Events.TableName, "person_id", RecordFamily.People.TableName),
        Links(data.Events, e => e.AgencyIds, "event-agencies", "An agency involved in an event.", "event_id", RecordFamily.Events.TableName, "agency_id", RecordFamily.Agencies.TableName),
        Links(data.Events, e => e.RelatedIds, "event-related", "A record an event concerns, of any family.", "event_id", RecordFamily.Events.TableName, "record_id", Records),

        new TableBuilder<Conflict>(RecordFamily.Conflicts.TableName, "A place where sources, or passages of one source, disagree.")
            .Id("The conflict id.", c => c.Id)
            .Text("title", "What the disagreement is about.", c => c.Title, required: true)
            .Text("explanation", "Why the versions differ, in the curators' words.", c => c.Explanation, required: true)
            .Build(data.Conflicts),

        Links(data.Conflicts, c => c.RecordIds, "conflict-records", "A record a conflict touches, of any family.", "conflict_id", RecordFamily.Conflicts.TableName, "record_id", Records),

        new TableBuilder<ListItem<Conflict, ConflictVersion>>("conflict-versions", "One version of a disagreement; its quotes are in citations.csv under versions[position].")
            .Reference("conflict_id", "The conflict.", v => v.Owner.Id, RecordFamily.Conflicts.TableName, required: true)
            .Integer("position", Position, v => v.Position, required: true)
            .Text("statement", "What this version says.", v => v.Item.Statement, required: true)
            .Reference("record_id", "The record that states this version, if one does.", v => v.Item.RecordId, Records)
            .Date("date", "The date this version gives, when the conflict is about a date", v => v.Item.Date)
            .OptionalChoice("date_kind", "Which date of the record that is (signed, in-force, ended…), when the sources say.", v => v.Item.DateKind)
            .Reference("date_of_id", "The record whose date it is, when not the record that states the version.", v => v.Item.DateOfId, Records)
            .Key("conflict_id", "position")
            .Build(ListItem.Of(data.Conflicts, c => c.Versions)),

        new TableBuilder<RecordCitation>("citations", "A verbatim quote backing a record, in two forms: quote as a reader of the source sees it, quote_exact as the document writes it (a byte-exact substring of it). The quotes are short excerpts of the sources, quoted to back each claim; their copyright stays with their authors and publishers.")
            .Reference("record_id", "The record the quote backs (an id in records).", c => c.Record.Id, Records, required: true)
            .Text("path", "Where the citation sits in the record's JSON: citations[0], roles[1].citations[0], versions[0].citations[1].", c => c.Path, required: true)
            .Reference("source_id", "The quoted source.", c => c.Source.Id, RecordFamily.Sources.TableName, required: true)
            .Text("quote", "The quote as a reader of the source sees it, to read, show or copy: quote_exact without the document's Markdown backslash escapes (\\$20 million reads $20 million); nothing else differs.", c => c.ReadableQuote, required: true)
            .Text("quote_exact", "The exact words of the source as the document (Markdown) writes them, escapes included: the verified form, a byte-exact substring of the document, as in the JSON data.", c => c.Quote, required: true)
            .Integer("quote_start", "Where quote_exact starts in the source document, in Unicode code points from 0 (its first occurrence; the W3C TextPositionSelector start); empty when the citation has no anchor.", c => c.Citation.Anchor?.Start)
            .Integer("quote_end", "Where quote_exact ends in the source document, in code points, exclusive (TextPositionSelector end): quote_end - quote_start is its length in code points.", c => c.Citation.Anchor?.End)
            .Text("quote_prefix", "Up to 32 code points of the document just before quote_exact (TextQuoteSelector prefix); empty at the document's start or when the citation has no anchor.", c => EmptyAsNone(c.Citation.Anchor?.Prefix))
            .Text("quote_suffix", "Up to 32 code points of the document just after quote_exact (TextQuoteSelector suffix); empty at the document's end or when the citation has no anchor.", c => EmptyAsNone(c.Citation.Anchor?.Suffix))
            .Key("record_id", "path")
            .Build(data.Records.SelectMany(r => data.CitationsOf(r.Id))),

        new TableBuilder<IRecord>(Records, "Every record id of the dataset with the table that holds the record: what any-family references point at.")
            .Id("The record id.", r => r.Id)
            .Text("family", "The table (and JSON data file) that holds the record, such as extradition-cases.", FamilyOf, required: true)
            .Build(data.Records),
    ];

    private static string FamilyOf(IRecord record) => RecordFamily.Of(record).TableName;

    /// <summary>An anchor's empty prefix or suffix (at the start or end of a document) as an empty cell: CSV cannot tell "" from none.</summary>
    private static string? EmptyAsNone(string? context) => string.IsNullOrEmpty(context) ? null : context;

    /// <summary>A link table: one row per id in each owner's list, keyed by owner and position, both ends foreign keys.</summary>
    private static ExportTable Links<TOwner>(
        IEnumerable<TOwner> owners,
        Func<TOwner, IReadOnlyList<string>> ids,
        string name,
        string description,
        string ownerColumn,
        string ownerTable,
        string targetColumn,
        string targetTable)
        where TOwner : IRecord =>
        new TableBuilder<ListItem<TOwner, string>>(name, description)
            .Reference(ownerColumn, $"The record (in {ownerTable}) whose list this is.", l => l.Owner.Id, ownerTable, required: true)
            .Integer("position", Position, l => l.Position, required: true)
            .Reference(targetColumn, $"The referenced record (in {targetTable}).", l => l.Item, targetTable, required: true)
            .Key(ownerColumn, "position")
            .Build(ListItem.Of(owners, ids));
}
