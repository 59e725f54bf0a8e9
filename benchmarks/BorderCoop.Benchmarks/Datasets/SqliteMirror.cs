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
/// and end as <see cref="PeriodOverlap"/> reads them: an unknown or open bound reaches as far as it might
/// (<see cref="UnboundedStart"/>, <see cref="UnboundedEnd"/>) and has no narrowest value (null).
/// </para>
/// <para>
/// Names are stored folded with the library's own <see cref="TextKey.Fold"/>, computed in C#, so both stores
/// compare names the same way. Indexes are created after the rows are inserted, then <c>ANALYZE</c> gives the query
/// planner statistics, as a tuned database would have.
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
            granted_start INTEGER, granted_end INTEGER, surrendered_start INTEGER, surrendered_end INTEGER);
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
        CREATE INDEX extradition_figures_by_direction ON extradition_figures (from_country, to_country, earliest_start);
        CREATE INDEX budget_lines_by_program ON budget_lines (program_id);
        CREATE INDEX budget_lines_by_year ON budget_lines (fiscal_year, stage, currency);
        CREATE INDEX events_by_date ON events (date_start);
        CREATE INDEX event_agencies_by_agency ON event_agencies (agency_id, event);
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
        Insert("program_places", data.Programs.SelectMany((p, i) => p.Places.Select(place => (Key: TextKey.Fold(place), Ordinal: i))), (p, _) => [p.Key, p.Ordinal]);
        Insert("extradition_cases", data.ExtraditionCases, (c, i) =>
        [
            i, c.PersonId, c.From, c.To, (int)c.Mechanism, (int)c.Outcome,
            Start(c.Arrested), End(c.Arrested), Start(c.Requested), End(c.Requested),
            Start(c.Granted), End(c.Granted), Start(c.Surrendered), End(c.Surrendered),
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
    }

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
