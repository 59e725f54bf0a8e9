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
/// Dates are stored as day numbers (<see cref="DateOnly.DayNumber"/>) with the bounds a partial date allows: a date
/// known to the month has a first and a last possible day. A period stores its earliest and latest possible start
/// and end as <see cref="PeriodBounds"/> reads them: an unknown or open bound reaches as far as it might
/// (<see cref="UnboundedStart"/>, <see cref="UnboundedEnd"/>) and has no narrowest value (null).
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
        CREATE TABLE agreements (
            ordinal INTEGER PRIMARY KEY,
            signed_start INTEGER, signed_end INTEGER, signed_approximate INTEGER NOT NULL,
            in_force_start INTEGER, in_force_end INTEGER, in_force_approximate INTEGER NOT NULL,
            -- The first day it may be in force: entry into force when known, else signing.
            effective_start INTEGER);
        CREATE TABLE programs (
            ordinal INTEGER PRIMARY KEY, kind INTEGER NOT NULL, status INTEGER NOT NULL, has_period INTEGER NOT NULL,
            earliest_start INTEGER NOT NULL, latest_start INTEGER, earliest_end INTEGER, latest_end INTEGER NOT NULL,
            approximate INTEGER NOT NULL);
        CREATE TABLE program_agencies (agency_id TEXT NOT NULL, program INTEGER NOT NULL, is_lead INTEGER NOT NULL);
        CREATE TABLE program_places (place_key TEXT NOT NULL, program INTEGER NOT NULL);
        CREATE TABLE extradition_cases (
            ordinal INTEGER PRIMARY KEY, person_id TEXT NOT NULL, from_country TEXT NOT NULL, to_country TEXT NOT NULL,
            mechanism INTEGER NOT NULL, outcome INTEGER NOT NULL,
            arrested_start INTEGER, arrested_end INTEGER, requested_start INTEGER, requested_end INTEGER,
            granted_start INTEGER, granted_end INTEGER, surrendered_start INTEGER, surrendered_end INTEGER,
            arrested_approximate INTEGER NOT NULL, requested_approximate INTEGER NOT NULL,
            granted_approximate INTEGER NOT NULL, surrendered_approximate INTEGER NOT NULL,
            -- From the first possible day of the earliest date to the last of the latest; null when none is known.
            span_start INTEGER, span_end INTEGER);
        CREATE TABLE extradition_figures (
            ordinal INTEGER PRIMARY KEY, from_country TEXT NOT NULL, to_country TEXT NOT NULL, has_period INTEGER NOT NULL,
            earliest_start INTEGER NOT NULL, latest_start INTEGER, earliest_end INTEGER, latest_end INTEGER NOT NULL,
            approximate INTEGER NOT NULL);
        CREATE TABLE budget_lines (
            ordinal INTEGER PRIMARY KEY, program_id TEXT, funder_id TEXT, fiscal_year INTEGER,
            period_start INTEGER, period_end INTEGER, stage INTEGER NOT NULL, currency TEXT NOT NULL,
            -- Money in hundredths, so sums stay exact in SQLite's 64-bit integers.
            amount_cents INTEGER NOT NULL);
        CREATE TABLE events (ordinal INTEGER PRIMARY KEY, kind INTEGER NOT NULL, date_start INTEGER, date_end INTEGER);
        CREATE TABLE event_agencies (agency_id TEXT NOT NULL, event INTEGER NOT NULL);
        -- The library's timeline: ordinal is the position in BorderCoopData.Timeline, record the position in Records.
        CREATE TABLE timeline (
            ordinal INTEGER PRIMARY KEY, date_start INTEGER NOT NULL, date_end INTEGER NOT NULL, kind INTEGER NOT NULL,
            record INTEGER NOT NULL, what TEXT NOT NULL);
        CREATE TABLE record_references (target_id TEXT NOT NULL, record INTEGER NOT NULL, PRIMARY KEY (target_id, record)) WITHOUT ROWID;
        -- Each distinct (source, quote) once, as the generated data shares its quotes; citations point to them in JSON order.
        CREATE TABLE quotes (ordinal INTEGER PRIMARY KEY, source_id TEXT NOT NULL, quote TEXT NOT NULL);
        CREATE TABLE citations (record_id TEXT NOT NULL, path TEXT NOT NULL, quote INTEGER NOT NULL);
        -- One row per record (rowid = position in Records): its searchable texts folded and joined, so the tokenizer
        -- only splits at the spaces TextKey.Fold leaves. Contentless: only the index is kept.
        CREATE VIRTUAL TABLE search USING fts5(text, content='', tokenize='unicode61 remove_diacritics 0', prefix='3');
        """;

    private const string Indexes = """
        CREATE INDEX agreements_by_signed_start ON agreements (signed_start);
        CREATE INDEX agreements_by_effective_start ON agreements (effective_start);
        CREATE INDEX programs_by_earliest_start ON programs (earliest_start);
        CREATE INDEX programs_by_latest_end ON programs (latest_end);
        CREATE INDEX program_agencies_by_agency ON program_agencies (agency_id, program);
        CREATE INDEX program_places_by_place ON program_places (place_key, program);
        CREATE INDEX extradition_cases_by_person ON extradition_cases (person_id);
        CREATE INDEX extradition_cases_by_direction ON extradition_cases (from_country, to_country, mechanism);
        CREATE INDEX extradition_cases_by_arrest ON extradition_cases (arrested_start);
        CREATE INDEX extradition_cases_by_surrender ON extradition_cases (surrendered_start);
        CREATE INDEX extradition_cases_by_span ON extradition_cases (span_start);
        CREATE INDEX extradition_figures_by_direction ON extradition_figures (from_country, to_country, earliest_start);
        CREATE INDEX budget_lines_by_program ON budget_lines (program_id);
        CREATE INDEX budget_lines_by_year ON budget_lines (fiscal_year, stage, currency);
        CREATE INDEX budget_lines_by_funder ON budget_lines (funder_id, fiscal_year);
        CREATE INDEX events_by_date ON events (date_start);
        CREATE INDEX event_agencies_by_agency ON event_agencies (agency_id, event);
        CREATE INDEX timeline_by_date ON timeline (date_start);
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

    /// <summary>Runs <paramref name="command"/> and reads every row with <paramref name="read"/>.</summary>
    public static List<T> Read<T>(SqliteCommand command, Func<SqliteDataReader, T> read)
    {
        var rows = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>The day number the mirror stores for <paramref name="date"/>.</summary>
    public static long DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;

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
        Insert("agreements", data.Agreements, (a, i) =>
        [
            i, Start(a.Signed), End(a.Signed), a.Signed?.IsApproximate == true,
            Start(a.InForce), End(a.InForce), a.InForce?.IsApproximate == true,
            Start(a.InForce ?? a.Signed),
        ]);
        Insert("programs", data.Programs, (p, i) => [i, (int)p.Kind, (int)p.Status, .. Bounds(p.Period)]);
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
            i, c.PersonId, c.From, c.To, (int)c.Mechanism, (int)c.Outcome,
            Start(c.Arrested), End(c.Arrested), Start(c.Requested), End(c.Requested),
            Start(c.Granted), End(c.Granted), Start(c.Surrendered), End(c.Surrendered),
            c.Arrested?.IsApproximate == true, c.Requested?.IsApproximate == true,
            c.Granted?.IsApproximate == true, c.Surrendered?.IsApproximate == true,
            .. Span(c),
        ]);
        Insert("extradition_figures", data.ExtraditionFigures, (f, i) =>
            [i, f.From, f.To, .. Bounds(f.Period ?? (f.AsOf is { } asOf ? DateRange.Single(asOf) : null))]);
        Insert("budget_lines", data.BudgetLines, (b, i) =>
        [
            i, b.ProgramId, b.FunderId, b.FiscalYear?.Year, Start(b.Period?.Start), End(b.Period?.End),
            (int)b.Stage, b.Amount.Currency, Cents(b.Amount),
        ]);
        Insert("events", data.Events, (e, i) => [i, (int)e.Kind, Start(e.Date), End(e.Date)]);
        Insert("event_agencies", data.Events.SelectMany((e, i) => e.AgencyIds.Select(id => (Id: id, Ordinal: i))), (p, _) => [p.Id, p.Ordinal]);

        var ordinals = new Dictionary<string, int>(data.Records.Count, StringComparer.Ordinal);
        for (var i = 0; i < data.Records.Count; i++)
        {
            ordinals.Add(data.Records[i].Id, i);
        }

        Insert("timeline", data.Timeline, (e, i) => [i, DayNumber(e.Date.Start), DayNumber(e.Date.End), (int)e.Kind, ordinals[e.Record.Id], e.What]);
        Insert(
            "record_references",
            data.Records.SelectMany((r, i) => RecordReferences.Of(r).Select(x => x.Id).Distinct(StringComparer.Ordinal).Select(id => (Id: id, Ordinal: i))),
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

    /// <summary>Earliest and latest possible start and end of a period, with has_period first and approximate last.</summary>
    private static object?[] Bounds(DateRange? period)
    {
        if (period is null)
        {
            return [false, UnboundedStart, null, null, UnboundedEnd, false];
        }

        long? latestStart = period.StartKind switch
        {
            DateBoundKind.Known => DayNumber(period.Start!.End),
            DateBoundKind.Open => UnboundedStart,
            _ => null,
        };
        long? earliestEnd = period.EndKind == DateBoundKind.Known ? DayNumber(period.End!.Start) : null;
        var approximate = period.Start?.IsApproximate == true || period.End?.IsApproximate == true;
        return [true, Start(period.Start) ?? UnboundedStart, latestStart, earliestEnd, End(period.End) ?? UnboundedEnd, approximate];
    }

    /// <summary>The first and last possible day of a case's dated steps (<see cref="ExtraditionCaseDates.Steps"/>).</summary>
    private static object?[] Span(ExtraditionCase extradition)
    {
        var steps = ExtraditionCaseDates.Steps(extradition).ToList();
        return steps.Count == 0 ? [null, null] : [DayNumber(steps.Min(s => s.Date.EarliestDay)), DayNumber(steps.Max(s => s.Date.LatestDay))];
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
