using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The records of a <see cref="BorderCoopData"/> copied into an in-memory SQLite database, with a table and index fit
/// for each question, so the benchmarks can measure how a conventional indexed store answers the same questions.
/// </summary>
/// <remarks>
/// <para>
/// A row stands for a record by its position (its <em>ordinal</em>) in the family list of the dataset, which is the
/// row id of the family table; queries return ordinals and the benchmark turns them back into the same record
/// objects (<c>Data.Agencies[ordinal]</c>), so the three answers can be compared and the SQLite side does not pay for
/// rebuilding objects it would otherwise have to deserialize.
/// </para>
/// <para>
/// Dates are stored as day numbers (<see cref="DateOnly.DayNumber"/>) with the readings a partial date allows
/// (<see cref="DateReadings"/>, the rules of <c>docs/semantics.md</c>): the earliest and latest day it can be, an
/// approximate date widened by one unit of its precision and a bound ("by January 2007") reaching without limit on its
/// open side (<see cref="UnboundedStart"/>, <see cref="UnboundedEnd"/>); and a key that sorts it as
/// <see cref="PartialDate"/> does (<see cref="OrderKey"/>), so answers can come in time order. The rest of the rules
/// run in SQL once the rows are in (<see cref="DeriveDates"/>): each program's latest dated evidence that it was still
/// running (from the sources that cite it and the figures about it), the four readings of every program and
/// extradition-figure period, and one row per dated extradition step with its days narrowed by the steps around it.
/// Undated records stay in the tables, so the questions can list them as uncertain.
/// </para>
/// <para>
/// Names are stored folded with the library's own <see cref="TextKey.Fold"/>, computed in C#, so both stores
/// compare names the same way. Full-text search has an FTS5 table of each record's searchable texts
/// (<see cref="SearchableTexts"/>), folded the same way and joined, with a prefix index for three-letter prefixes.
/// The timeline, the references between records and the citations are copied from what the library derives
/// (<see cref="BorderCoopData.Timeline"/>, the ids each record names, every citation with its path), so that the SQL
/// side measures storage and lookup rather than re-deriving them. Indexes are created after the rows are inserted,
/// then <c>ANALYZE</c> gives the query planner statistics, as a tuned database would have.
/// </para>
/// </remarks>
internal sealed class SqliteMirror : IDisposable
{
    /// <summary>The day number of an earliest start that reaches back without limit.</summary>
    public const long UnboundedStart = -1;

    /// <summary>The day number of a latest end that reaches forward without limit.</summary>
    public const long UnboundedEnd = int.MaxValue;

    private const string Schema = """
        CREATE TABLE records (id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE agency_names (key TEXT NOT NULL, agency INTEGER NOT NULL, PRIMARY KEY (key, agency)) WITHOUT ROWID;
        CREATE TABLE person_names (key TEXT NOT NULL, person INTEGER NOT NULL, PRIMARY KEY (key, person)) WITHOUT ROWID;
        CREATE TABLE conflict_records (record_id TEXT NOT NULL, conflict INTEGER NOT NULL, PRIMARY KEY (record_id, conflict)) WITHOUT ROWID;
        -- Every date is stored as its readings: the earliest and latest day it can be (an approximate date widened by one
        -- unit of its precision, a bound reaching without limit on its open side) and its place in time order (OrderKey).
        -- made_* is the signing, or the issue of norms one government issues.
        CREATE TABLE agreements (
            ordinal INTEGER PRIMARY KEY, id TEXT NOT NULL,
            made_earliest INTEGER, made_latest INTEGER, made_order INTEGER,
            in_force_earliest INTEGER, in_force_latest INTEGER, in_force_order INTEGER,
            -- Derived (DeriveDates): 0 finite, 1 reaching without limit on a side, 2 undated; the first day it may be in force.
            made_span INTEGER, effective_start INTEGER);
        -- A period stores what the sources give (each side's kind and readings); DeriveDates works out its readings
        -- (earliest and latest start and end), whether it is dated at all, and the date it sorts by.
        CREATE TABLE programs (
            ordinal INTEGER PRIMARY KEY, id TEXT NOT NULL, kind INTEGER NOT NULL, status INTEGER NOT NULL, has_period INTEGER NOT NULL,
            start_kind INTEGER, start_earliest INTEGER, start_latest INTEGER, start_order INTEGER,
            end_kind INTEGER, end_earliest INTEGER, end_latest INTEGER, end_order INTEGER,
            evidence_earliest INTEGER, evidence_latest INTEGER, evidence_order INTEGER,
            dated INTEGER, earliest_start INTEGER, latest_start INTEGER, earliest_end INTEGER, latest_end INTEGER, sort_order INTEGER);
        -- Dated evidence that a program was running: the publication of each source that cites it (seq in citation
        -- order), then each figure about it counted as of a day.
        CREATE TABLE program_evidence (
            program INTEGER NOT NULL, seq INTEGER NOT NULL, is_source INTEGER NOT NULL, qualifier INTEGER NOT NULL,
            earliest INTEGER NOT NULL, latest INTEGER NOT NULL, order_key INTEGER NOT NULL, PRIMARY KEY (program, seq)) WITHOUT ROWID;
        CREATE TABLE program_agencies (agency_id TEXT NOT NULL, program INTEGER NOT NULL, is_lead INTEGER NOT NULL);
        CREATE TABLE program_places (place_key TEXT NOT NULL, program INTEGER NOT NULL);
        CREATE TABLE extradition_cases (
            ordinal INTEGER PRIMARY KEY, id TEXT NOT NULL, person_id TEXT NOT NULL, from_country TEXT NOT NULL, to_country TEXT NOT NULL,
            mechanism INTEGER NOT NULL, outcome INTEGER NOT NULL,
            arrested_earliest INTEGER, arrested_latest INTEGER, arrested_order INTEGER,
            requested_earliest INTEGER, requested_latest INTEGER, requested_order INTEGER,
            granted_earliest INTEGER, granted_latest INTEGER, granted_order INTEGER,
            surrendered_earliest INTEGER, surrendered_latest INTEGER, surrendered_order INTEGER);
        -- Derived (DeriveDates): one row per dated step (0 arrested, 1 requested, 2 granted, 3 surrendered), its days
        -- narrowed by the steps around it (not before an earlier step can be, not after a later one can be).
        CREATE TABLE extradition_steps (
            kase INTEGER NOT NULL, step INTEGER NOT NULL, earliest INTEGER NOT NULL, latest INTEGER NOT NULL, order_key INTEGER NOT NULL,
            ordered_earliest INTEGER, ordered_latest INTEGER, span INTEGER, PRIMARY KEY (kase, step)) WITHOUT ROWID;
        CREATE TABLE extradition_figures (
            ordinal INTEGER PRIMARY KEY, id TEXT NOT NULL, from_country TEXT NOT NULL, to_country TEXT NOT NULL, has_period INTEGER NOT NULL,
            start_kind INTEGER, start_earliest INTEGER, start_latest INTEGER, start_order INTEGER,
            end_kind INTEGER, end_earliest INTEGER, end_latest INTEGER, end_order INTEGER,
            evidence_earliest INTEGER, evidence_latest INTEGER, evidence_order INTEGER,
            dated INTEGER, earliest_start INTEGER, latest_start INTEGER, earliest_end INTEGER, latest_end INTEGER, sort_order INTEGER,
            -- A count is counted whole: a side given exactly (not approximate, not a bound) is its first or last day.
            start_exact INTEGER, end_exact INTEGER);
        CREATE TABLE budget_lines (
            ordinal INTEGER PRIMARY KEY, program_id TEXT, funder_id TEXT, fiscal_year INTEGER,
            period_start INTEGER, period_end INTEGER, stage INTEGER NOT NULL, currency TEXT NOT NULL,
            -- Money in hundredths, so sums stay exact in SQLite's 64-bit integers.
            amount_cents INTEGER NOT NULL);
        CREATE TABLE events (ordinal INTEGER PRIMARY KEY, kind INTEGER NOT NULL, date_earliest INTEGER, date_latest INTEGER);
        CREATE TABLE event_agencies (agency_id TEXT NOT NULL, event INTEGER NOT NULL);
        -- The library's timeline: ordinal is the position in BorderCoopData.Timeline, record the position in Records;
        -- span is 1 for a date given only as a bound, which reaches without limit on one side.
        CREATE TABLE timeline (
            ordinal INTEGER PRIMARY KEY, date_earliest INTEGER NOT NULL, date_latest INTEGER NOT NULL, span INTEGER NOT NULL,
            kind INTEGER NOT NULL, record INTEGER NOT NULL, what TEXT NOT NULL);
        CREATE TABLE record_references (target_id TEXT NOT NULL, record INTEGER NOT NULL, PRIMARY KEY (target_id, record)) WITHOUT ROWID;
        -- Each distinct (source, quote) once, as the generated data shares its quotes; citations point to them in JSON order.
        CREATE TABLE quotes (ordinal INTEGER PRIMARY KEY, source_id TEXT NOT NULL, quote TEXT NOT NULL);
        CREATE TABLE citations (record_id TEXT NOT NULL, path TEXT NOT NULL, quote INTEGER NOT NULL);
        -- One row per record (rowid = position in Records): its searchable texts folded and joined, so the tokenizer
        -- only splits at the spaces TextKey.Fold leaves. Contentless: only the index is kept.
        CREATE VIRTUAL TABLE search USING fts5(text, content='', tokenize='unicode61 remove_diacritics 0', prefix='3');
        """;

    /// <summary>
    /// The date rules of <c>docs/semantics.md</c> in SQL, run once after the rows are in: which agreements reach
    /// without limit or are undated; the latest dated evidence that an open program was still running; the readings of
    /// every program and extradition figure period; and the days of each extradition step narrowed by the steps around it.
    /// </summary>
    private static readonly string DeriveDates = $"""
        UPDATE agreements SET
            made_span = CASE WHEN made_earliest IS NULL THEN 2 WHEN made_earliest = {UnboundedStart} OR made_latest = {UnboundedEnd} THEN 1 ELSE 0 END,
            -- Not in force before it was made: an approximate entry into force is raised to the signing or issue.
            effective_start = max(COALESCE(in_force_earliest, made_earliest), COALESCE(made_earliest, in_force_earliest));

        -- An open program (or one with no period that is active) runs at least until the latest dated evidence: the
        -- evidence whose earliest day is latest, the first given on a tie. A source known only to be published "by" a
        -- day says nothing of how late it ran.
        UPDATE programs SET (evidence_earliest, evidence_latest, evidence_order) = (
            SELECT e.earliest, e.latest, e.order_key FROM program_evidence e
            WHERE e.program = programs.ordinal AND NOT (e.is_source = 1 AND e.qualifier = {(int)DateQualifier.OnOrBefore})
            ORDER BY e.earliest DESC, e.seq LIMIT 1)
        WHERE (has_period = 1 AND end_kind = {(int)DateBoundKind.Open}) OR (has_period = 0 AND status = {(int)ProgramStatus.Active});

        {PeriodReadings("programs")}
        {PeriodReadings("extradition_figures")}
        UPDATE extradition_figures SET
            latest_start = min(CASE WHEN start_exact = 1 THEN start_earliest ELSE latest_start END, latest_end),
            earliest_end = max(CASE WHEN end_exact = 1 THEN end_latest ELSE earliest_end END, earliest_start)
        WHERE has_period = 1;

        INSERT INTO extradition_steps (kase, step, earliest, latest, order_key)
            SELECT ordinal, 0, arrested_earliest, arrested_latest, arrested_order FROM extradition_cases WHERE arrested_earliest IS NOT NULL
            UNION ALL SELECT ordinal, 1, requested_earliest, requested_latest, requested_order FROM extradition_cases WHERE requested_earliest IS NOT NULL
            UNION ALL SELECT ordinal, 2, granted_earliest, granted_latest, granted_order FROM extradition_cases WHERE granted_earliest IS NOT NULL
            UNION ALL SELECT ordinal, 3, surrendered_earliest, surrendered_latest, surrendered_order FROM extradition_cases WHERE surrendered_earliest IS NOT NULL;
        -- A step cannot come before an earlier step can be, nor after a later step can be; and never ends before it starts.
        UPDATE extradition_steps SET
            ordered_earliest = max(earliest, COALESCE((SELECT max(p.earliest) FROM extradition_steps p WHERE p.kase = extradition_steps.kase AND p.step < extradition_steps.step), {UnboundedStart})),
            ordered_latest = min(latest, COALESCE((SELECT min(f.latest) FROM extradition_steps f WHERE f.kase = extradition_steps.kase AND f.step > extradition_steps.step), {UnboundedEnd}));
        UPDATE extradition_steps SET
            ordered_latest = max(ordered_earliest, ordered_latest),
            span = CASE WHEN ordered_earliest = {UnboundedStart} OR max(ordered_earliest, ordered_latest) = {UnboundedEnd} THEN 1 ELSE 0 END;
        """;

    /// <summary>
    /// The readings of the periods of <paramref name="table"/>: an unknown or open side reaches without limit; an open
    /// start had started before any day; an unknown start can be as late as the latest end; an open end runs at least
    /// until the evidence, and had started by then; no reading ends before it starts. A record with no period is dated
    /// only by evidence that it was running (it started by then and ran until then at least); with none, it is undated
    /// and may have run at any time. The date a period sorts by: its start, else its end, else the evidence.
    /// </summary>
    private static string PeriodReadings(string table) => $"""
        UPDATE {table} SET
            earliest_start = CASE WHEN start_kind = {(int)DateBoundKind.Known} THEN start_earliest ELSE {UnboundedStart} END,
            latest_end = CASE WHEN end_kind = {(int)DateBoundKind.Known} THEN end_latest ELSE {UnboundedEnd} END
        WHERE has_period = 1;
        UPDATE {table} SET
            latest_start = min(
                CASE start_kind WHEN {(int)DateBoundKind.Known} THEN start_latest WHEN {(int)DateBoundKind.Open} THEN {UnboundedStart} ELSE latest_end END,
                CASE WHEN end_kind = {(int)DateBoundKind.Open} AND evidence_latest IS NOT NULL AND evidence_latest >= earliest_start THEN evidence_latest ELSE {UnboundedEnd} END,
                latest_end),
            earliest_end = max(
                CASE WHEN end_kind = {(int)DateBoundKind.Known} THEN end_earliest
                     WHEN end_kind = {(int)DateBoundKind.Open} AND evidence_earliest IS NOT NULL AND evidence_latest >= earliest_start THEN evidence_earliest
                     ELSE earliest_start END,
                earliest_start),
            dated = 1,
            sort_order = COALESCE(start_order, end_order, CASE WHEN end_kind = {(int)DateBoundKind.Open} THEN evidence_order END)
        WHERE has_period = 1;
        UPDATE {table} SET
            dated = 1, earliest_start = {UnboundedStart}, latest_start = evidence_latest, earliest_end = evidence_earliest,
            latest_end = {UnboundedEnd}, sort_order = evidence_order
        WHERE has_period = 0 AND evidence_earliest IS NOT NULL;
        UPDATE {table} SET dated = 0, earliest_start = {UnboundedStart}, latest_end = {UnboundedEnd}
        WHERE has_period = 0 AND evidence_earliest IS NULL;
        """;

    private const string Indexes = """
        CREATE INDEX agreements_by_made ON agreements (made_span, made_earliest);
        CREATE INDEX agreements_by_effective_start ON agreements (effective_start);
        CREATE INDEX programs_by_earliest_start ON programs (earliest_start);
        CREATE INDEX programs_by_latest_end ON programs (latest_end);
        CREATE INDEX program_agencies_by_agency ON program_agencies (agency_id, program);
        CREATE INDEX program_places_by_place ON program_places (place_key, program);
        CREATE INDEX extradition_cases_by_person ON extradition_cases (person_id);
        CREATE INDEX extradition_cases_by_direction ON extradition_cases (from_country, to_country, mechanism);
        CREATE INDEX extradition_steps_by_day ON extradition_steps (step, span, ordered_earliest);
        CREATE INDEX extradition_figures_by_direction ON extradition_figures (from_country, to_country, earliest_start);
        CREATE INDEX budget_lines_by_program ON budget_lines (program_id);
        CREATE INDEX budget_lines_by_year ON budget_lines (fiscal_year, stage, currency);
        CREATE INDEX budget_lines_by_funder ON budget_lines (funder_id, fiscal_year);
        CREATE INDEX events_by_date ON events (date_earliest);
        CREATE INDEX event_agencies_by_agency ON event_agencies (agency_id, event);
        CREATE INDEX timeline_by_date ON timeline (span, date_earliest);
        CREATE INDEX citations_by_record ON citations (record_id);
        ANALYZE;
        """;

    private readonly SqliteConnection connection;
    private readonly List<SqliteCommand> commands = [];

    private SqliteMirror(SqliteConnection connection) => this.connection = connection;

    /// <summary>How many rows the mirror holds, over all tables.</summary>
    public long RowCount { get; private set; }

    /// <summary>Copies <paramref name="data"/> into a new in-memory database, then indexes it.</summary>
    public static SqliteMirror Load(BorderCoopData data)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var mirror = new SqliteMirror(connection);
        try
        {
            mirror.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
            mirror.Execute(Schema);
            using (var transaction = connection.BeginTransaction())
            {
                mirror.Fill(data);
                mirror.Execute(DeriveDates);
                mirror.RowCount += mirror.Scalar("SELECT count(*) FROM extradition_steps");
                transaction.Commit();
            }

            mirror.Execute(Indexes);
            return mirror;
        }
        catch
        {
            mirror.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A compiled command for <paramref name="sql"/>, with the named parameters declared; set their values before each
    /// execution. The mirror owns the command and disposes of it.
    /// </summary>
    public SqliteCommand Prepare(string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        command.Prepare();
        commands.Add(command);
        return command;
    }

    /// <summary>
    /// The tables of the mirror in the order they were created, each with its columns as declared: every table but the
    /// full-text index (a virtual table), the tables SQLite keeps for it, and SQLite's own (the statistics of <c>ANALYZE</c>).
    /// </summary>
    public IReadOnlyList<MirroredTable> Tables()
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT t.name, c.name, c.type, c."notnull", c.pk
            FROM sqlite_schema t, pragma_table_info(t.name) c
            WHERE t.type = 'table' AND t.sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND t.name NOT LIKE 'sqlite\_%' ESCAPE '\'
              AND NOT EXISTS (
                  SELECT 1 FROM sqlite_schema v
                  WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%' AND substr(t.name, 1, length(v.name) + 1) = v.name || '_')
            ORDER BY t.rowid, c.cid
            """;
        var columns = new List<(string Table, MirroredTable.Column Column)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            columns.Add((reader.GetString(0), new MirroredTable.Column(reader.GetString(1), reader.GetString(2), reader.GetBoolean(3), reader.GetInt32(4))));
        }

        return [.. columns.GroupBy(c => c.Table, StringComparer.Ordinal).Select(g => new MirroredTable(g.Key, [.. g.Select(c => c.Column)]))];
    }

    /// <summary>Reads every row of <paramref name="table"/>, in the order SQLite stores them (by key or row id), with <paramref name="row"/>.</summary>
    public void ReadRows(MirroredTable table, Action<SqliteDataReader> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => c.Name))} FROM {table.Name}";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    /// <summary>Runs <paramref name="sql"/> and returns the integer in its first column of its first row (0 for none or null).</summary>
    public long Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is long value ? value : 0;
    }

    /// <summary>
    /// The day number the mirror stores for <paramref name="date"/>; <see cref="UnboundedStart"/> and
    /// <see cref="UnboundedEnd"/> for the days that stand for "no limit" (<see cref="LocalDate.MinIsoValue"/>, <see cref="LocalDate.MaxIsoValue"/>).
    /// </summary>
    public static long DayNumber(LocalDate date) =>
        date == LocalDate.MinIsoValue ? UnboundedStart : date == LocalDate.MaxIsoValue ? UnboundedEnd : date.ToDateOnly().DayNumber;

    /// <summary>
    /// A number that sorts partial dates as <see cref="PartialDate"/> does: by the first day of the date named, then
    /// the wider span first, then a bound before the date it names, exact before approximate, and "by" before "or later".
    /// </summary>
    public static long OrderKey(PartialDate date)
    {
        var start = DateReadings.NamedStart(date);
        var span = Period.DaysBetween(start, DateReadings.NamedEnd(date)); // 0 to 365
        return ((long)start.ToDateOnly().DayNumber << 12)
            | ((long)(511 - span) << 3)
            | (date.IsBound ? 0L : 4L)
            | (date.IsApproximate ? 2L : 0L)
            | (date.Qualifier == DateQualifier.OnOrAfter ? 1L : 0L);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var command in commands)
        {
            command.Dispose();
        }

        connection.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Fill(BorderCoopData data)
    {
        Insert("records", data.Records, (r, i) => [r.Id, i]);
        Insert("agency_names", Names(data.Agencies, a => [a.EnglishName, a.SpanishName, .. a.EnglishAcronyms, .. a.SpanishAcronyms, .. a.Aliases]), (n, _) => [n.Key, n.Ordinal]);
        Insert("person_names", Names(data.People, p => [p.Name, .. p.Aliases]), (n, _) => [n.Key, n.Ordinal]);
        Insert(
            "conflict_records",
            data.Conflicts.SelectMany((c, i) => c.RecordIds.Concat(c.Versions.Select(v => v.RecordId)).OfType<string>().Distinct().Select(id => (Id: id, Ordinal: i))),
            (p, _) => [p.Id, p.Ordinal]);
        Insert("agreements", data.Agreements, (a, i) => [i, a.Id, .. Readings(a.Signed ?? a.Issued), .. Readings(a.InForce), null, null]);
        Insert("programs", data.Programs, (p, i) => [i, p.Id, (int)p.Kind, (int)p.Status, .. Sides(p.Period), .. Derived]);
        Insert("program_evidence", ProgramEvidence(data), (e, _) => e);
        Insert(
            "program_agencies",
            data.Programs.SelectMany((p, i) => p.LeadAgencyIds.Select(id => (Id: id, Ordinal: i, Lead: true))
                .Concat(p.ParticipatingAgencyIds.Select(id => (Id: id, Ordinal: i, Lead: false)))),
            (p, _) => [p.Id, p.Ordinal, p.Lead]);
        Insert(
            "program_places",
            data.Programs.SelectMany((p, i) => p.Countries.Concat(p.Places).Select(TextKey.Fold).Distinct().Select(key => (Key: key, Ordinal: i))),
            (p, _) => [p.Key, p.Ordinal]);
        Insert("extradition_cases", data.ExtraditionCases, (c, i) =>
        [
            i, c.Id, c.PersonId, c.From, c.To, (int)c.Mechanism, (int)c.Outcome,
            .. Readings(c.Arrested), .. Readings(c.Requested), .. Readings(c.Granted), .. Readings(c.Surrendered),
        ]);
        // A figure with only an as-of date counts that one date.
        Insert("extradition_figures", data.ExtraditionFigures, (f, i) =>
            [i, f.Id, f.From, f.To, .. Sides(Counted(f)), .. Derived, Exact(Counted(f)?.Start), Exact(Counted(f)?.End)]);
        Insert("budget_lines", data.BudgetLines, (b, i) =>
        [
            i, b.ProgramId, b.FunderId, b.FiscalYear?.Year, Start(b.Period?.Start), End(b.Period?.End),
            (int)b.Stage, b.Amount.Currency, Cents(b.Amount),
        ]);
        Insert("events", data.Events, (e, i) => [i, (int)e.Kind, .. Readings(e.Date)[..2]]);
        Insert("event_agencies", data.Events.SelectMany((e, i) => e.AgencyIds.Select(id => (Id: id, Ordinal: i))), (p, _) => [p.Id, p.Ordinal]);

        var ordinals = new Dictionary<string, int>(data.Records.Count, StringComparer.Ordinal);
        for (var i = 0; i < data.Records.Count; i++)
        {
            ordinals.Add(data.Records[i].Id, i);
        }

        Insert("timeline", data.Timeline, (e, i) =>
        {
            var (earliest, latest) = (DateReadings.Earliest(e.Date), DateReadings.Latest(e.Date));
            return [i, DayNumber(earliest), DayNumber(latest), earliest == LocalDate.MinIsoValue || latest == LocalDate.MaxIsoValue, (int)e.Kind, ordinals[e.Record.Id], e.What];
        });
        Insert(
            "record_references",
            data.Records.SelectMany((r, i) => RecordContents.References(r).Select(x => x.Id).Distinct(StringComparer.Ordinal).Select(id => (Id: id, Ordinal: i))),
            (p, _) => [p.Id, p.Ordinal]);
        FillCitations(data);
        Insert("search (rowid, text)", data.Records, (r, i) => [i, string.Join(' ', SearchableTexts(r, data).OfType<string>().Select(TextKey.Fold))]);
    }

    /// <summary>Every citation of every record (as <see cref="BorderCoopData.CitationsOf"/> lists them), its quote stored once.</summary>
    private void FillCitations(BorderCoopData data)
    {
        var quotes = new Dictionary<(string SourceId, string Quote), int>();
        var citations = new List<(string RecordId, string Path, int Quote)>();
        foreach (var citation in RecordCitation.All(data))
        {
            var key = (citation.Citation.SourceId, citation.Quote);
            if (!quotes.TryGetValue(key, out var quote))
            {
                quotes.Add(key, quote = quotes.Count);
            }

            citations.Add((citation.Record.Id, citation.Path, quote));
        }

        Insert("quotes", quotes.OrderBy(q => q.Value), (q, _) => [q.Value, q.Key.SourceId, q.Key.Quote]);
        Insert("citations", citations, (c, _) => [c.RecordId, c.Path, c.Quote]);
    }

    /// <summary>
    /// The texts of a record that <see cref="BorderCoopData.Search"/> looks in, written from the public properties: names,
    /// titles, acronyms and aliases; descriptions, provisions, charges, places and role titles; notes; and the quotes of
    /// its citations (a person's roles' too). A case is found by its person's names. Null or blank texts hold no words.
    /// </summary>
    public static IEnumerable<string?> SearchableTexts(IRecord record, BorderCoopData data)
    {
        IEnumerable<string?> texts = record switch
        {
            Source s => [s.Title, .. s.Authors, s.Outlet, s.Description, s.Notes],
            Agency a => [a.EnglishName, a.SpanishName, .. a.EnglishAcronyms, .. a.SpanishAcronyms, .. a.Aliases],
            Person p => [p.Name, .. p.Aliases, .. p.Roles.Select(r => r.Title), p.Notes],
            Agreement a => [a.Title, .. a.Aliases, a.Description, a.Venue, .. a.Provisions, a.Notes],
            CooperationProgram p => [p.Name, .. p.Aliases, p.Description, .. p.Places, p.Notes],
            ExtraditionCase c => [.. data.Find(c.PersonId) is Person p ? [p.Name, .. p.Aliases] : Array.Empty<string?>(), .. c.Charges, c.Organization, c.ArrestPlace, c.Notes],
            ExtraditionFigure f => [f.Nationality, f.Notes],
            BudgetLine b => [b.Description, .. b.Qualifiers, b.Notes],
            Figure f => [f.Measure, f.Subject, f.Place, f.Notes],
            Event e => [e.Title, e.Description, e.Place, e.Notes],
            Conflict c => [c.Title, c.Explanation, .. c.Versions.Select(v => v.Statement)],
            _ => [],
        };
        return texts.Concat(CitationsIn(record).Select(c => c.Quote));
    }

    /// <summary>The words of a record's <see cref="SearchableTexts"/>: each text folded with <see cref="TextKey.Fold"/> and split at its spaces.</summary>
    public static IEnumerable<string> SearchableWords(IRecord record, BorderCoopData data) =>
        SearchableTexts(record, data).OfType<string>().SelectMany(t => TextKey.Fold(t).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Every citation of a record, read from its public properties: its own, a person's roles' and a conflict's versions'.</summary>
    public static IEnumerable<Citation> CitationsIn(IRecord record) => record switch
    {
        Person p => p.Citations.Concat(p.Roles.SelectMany(r => r.Citations)),
        ICitedRecord cited => cited.Citations,
        _ => [],
    };

    /// <summary>Inserts one row per item through a single prepared statement.</summary>
    private void Insert<T>(string table, IEnumerable<T> items, Func<T, int, object?[]> row)
    {
        using var command = connection.CreateCommand();
        var index = 0;
        foreach (var item in items)
        {
            var values = row(item, index);
            if (index == 0)
            {
                var names = Enumerable.Range(0, values.Length).Select(n => $"$p{n}").ToArray();
                command.CommandText = $"INSERT INTO {table} VALUES ({string.Join(", ", names)})";
                foreach (var name in names)
                {
                    command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
                }

                command.Prepare();
            }

            for (var n = 0; n < values.Length; n++)
            {
                command.Parameters[n].Value = values[n] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
            index++;
        }

        RowCount += index;
    }

    /// <summary>Every distinct folded name of each record, with the record's ordinal; the id counts as a name, as in the library.</summary>
    private static IEnumerable<(string Key, int Ordinal)> Names<TRecord>(IReadOnlyList<TRecord> records, Func<TRecord, IEnumerable<string?>> names)
        where TRecord : IRecord
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            keys.Clear();
            foreach (var name in names(records[i]).Append(records[i].Id))
            {
                if (!string.IsNullOrWhiteSpace(name) && TextKey.Fold(name) is { Length: > 0 } key && keys.Add(key))
                {
                    yield return (key, i);
                }
            }
        }
    }

    /// <summary>The columns DeriveDates fills (evidence, dated, the four readings, the sort order), empty at insert.</summary>
    private static readonly object?[] Derived = [null, null, null, null, null, null, null, null, null];

    /// <summary>A date's earliest and latest possible day and its order key; nulls when there is no date.</summary>
    private static object?[] Readings(PartialDate? date) =>
        date is null ? [null, null, null] : [DayNumber(DateReadings.Earliest(date)), DayNumber(DateReadings.Latest(date)), OrderKey(date)];

    /// <summary>The period a figure counts: its period, else the one day it counts as of.</summary>
    private static DateRange? Counted(ExtraditionFigure figure) => figure.Period ?? (figure.AsOf is { } asOf ? DateRange.Single(asOf) : null);

    /// <summary>Whether a side of a counted period is given exactly (neither approximate nor a bound), so the count runs from its first or to its last day.</summary>
    private static bool Exact(PartialDate? side) => side is { IsApproximate: false, Qualifier: DateQualifier.Exact };

    /// <summary>Whether there is a period, then each side's kind (known, unknown, open) and readings.</summary>
    private static object?[] Sides(DateRange? period) => period is null
        ? [false, null, null, null, null, null, null, null, null]
        : [true, (int)period.StartKind, .. Readings(period.Start), (int)period.EndKind, .. Readings(period.End)];

    /// <summary>
    /// The dated evidence about each program, in the order the library reads it: the publication of each source
    /// its citations name, in citation order, then the as-of date of each figure about it, in dataset order.
    /// </summary>
    private static IEnumerable<object?[]> ProgramEvidence(BorderCoopData data)
    {
        var sources = data.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var programs = new Dictionary<string, int>(data.Programs.Count, StringComparer.Ordinal);
        for (var i = 0; i < data.Programs.Count; i++)
        {
            var citations = data.Programs[i].Citations;
            programs.Add(data.Programs[i].Id, i);
            for (var seq = 0; seq < citations.Count; seq++)
            {
                if (sources.TryGetValue(citations[seq].SourceId, out var source) && source.Published is { } published)
                {
                    yield return [i, seq, true, (int)published.Qualifier, .. Readings(published)];
                }
            }
        }

        for (var f = 0; f < data.Figures.Count; f++)
        {
            if (data.Figures[f] is { ProgramId: { } programId, AsOf: { } asOf })
            {
                yield return [programs[programId], 1_000_000_000 + f, false, (int)asOf.Qualifier, .. Readings(asOf)];
            }
        }
    }

    private static long? Start(PartialDate? date) => date is null ? null : DayNumber(date.Start);

    private static long? End(PartialDate? date) => date is null ? null : DayNumber(date.End);

    private static long Cents(Money money)
    {
        var cents = money.Amount * 100;
        if (cents != decimal.Truncate(cents))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{money} has a fraction of a cent; the mirror stores whole cents."));
        }

        return (long)cents;
    }
}
