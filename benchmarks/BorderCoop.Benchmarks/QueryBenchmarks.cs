using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The base of every query benchmark: one question, answered four ways on the same dataset. A derived class has
/// four benchmarks, <c>Linq</c> (the baseline: plain LINQ over the public lists), <c>BorderCoop</c> (the library's
/// query helper), <c>Sqlite</c> (the same question in SQL through <see cref="Benchmarks.SqliteMirror"/>) and
/// <c>DuckDb</c> (the same SQL, as far as the dialects allow, through <see cref="Benchmarks.DuckDbMirror"/>).
/// </summary>
/// <remarks>
/// <para>
/// <c>[GlobalSetup]</c> gets the dataset of <see cref="Size"/> (generated and mirrored once per process, outside the
/// measurements), lets the derived class pick its question and prepare its SQL (<see cref="Prepare"/>), then runs the
/// four answers once and throws unless they agree (<see cref="Answers"/>), so no benchmark can measure a wrong or
/// empty answer. The agreement and the size of the answer are written to the log.
/// </para>
/// <para>
/// Questions are picked from the data by a rule, not written per dataset: the same rule finds a fitting record in
/// the curated data and in generated data of any size.
/// </para>
/// </remarks>
public abstract class QueryBenchmarks
{
    /// <summary>The dataset the question is asked of.</summary>
    [Params(DatasetSize.Embedded, DatasetSize.Generated10k, DatasetSize.Generated1M)]
    public DatasetSize Size { get; set; }

    /// <summary>The dataset of <see cref="Size"/>.</summary>
    private protected BorderCoopData Data { get; private set; } = null!;

    /// <summary>The same records in SQLite.</summary>
    private protected SqliteMirror SqliteMirror { get; private set; } = null!;

    /// <summary>The same tables in DuckDB.</summary>
    private protected DuckDbMirror DuckDbMirror { get; private set; } = null!;

    /// <summary>Loads the dataset, prepares the question and checks that the four answers agree.</summary>
    /// <exception cref="InvalidOperationException">The answers disagree or are empty.</exception>
    [GlobalSetup]
    public void SetUp()
    {
        var fixture = DatasetFixture.Get(Size);
        Data = fixture.Data;
        SqliteMirror = fixture.Sqlite;
        DuckDbMirror = fixture.DuckDb;
        Prepare();
        var count = Answers().Verify();
        Console.WriteLine($"// {DeclaredType().Name} on {Size}: {Question}: Linq, BorderCoop, Sqlite and DuckDb agree on {count} answer item(s).");
    }

    /// <summary>This benchmark class, not the subclass that in-process toolchains emit from it.</summary>
    private Type DeclaredType()
    {
        var type = GetType();
        while (type.Assembly != typeof(QueryBenchmarks).Assembly && type.BaseType is { } baseType)
        {
            type = baseType;
        }

        return type;
    }

    /// <summary>The question in words, for the log, such as <c>FindAgencies("pgr")</c>.</summary>
    private protected abstract string Question { get; }

    /// <summary>Picks the question's arguments from <see cref="Data"/> and prepares its SQL with <see cref="PrepareSql"/>.</summary>
    private protected abstract void Prepare();

    /// <summary>Runs the four benchmarks once and describes each answer as comparable keys, such as record ids.</summary>
    private protected abstract AnswerKeys Answers();

    /// <summary>
    /// Prepares <paramref name="sql"/>, written in the SQL that SQLite and DuckDB share, in both mirrors, with the
    /// named parameters declared in the same order in both (<c>$name</c>).
    /// </summary>
    private protected SqlQuestion PrepareSql(string sql, params string[] parameterNames) =>
        new(SqliteMirror.Prepare(sql, parameterNames), DuckDbMirror.Prepare(sql, parameterNames));

    /// <summary>
    /// Whether <paramref name="name"/> is <paramref name="query"/> as plain .NET compares names loosely: the invariant
    /// culture, ignoring case, accents and symbols (punctuation and spaces). The LINQ baselines use it; the library
    /// folds names its own way (<see cref="TextKey.Fold"/>), and the agreement check shows the two agree on the question.
    /// </summary>
    private protected static bool SameName(string? name, string query) =>
        name is not null
        && CultureInfo.InvariantCulture.CompareInfo.Compare(name, query, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreSymbols) == 0;

    /// <summary>The key of a dated match: the record id and how sure the match is.</summary>
    private protected static string Key(IRecord record, DateCertainty certainty) => $"{record.Id} {certainty}";

    /// <summary>
    /// The first item fitting <paramref name="fits"/> from the middle of <paramref name="items"/> on, wrapping around,
    /// so that a question is about a typical record rather than the first one made.
    /// </summary>
    /// <exception cref="InvalidOperationException">No item fits.</exception>
    private protected static T FromMiddle<T>(IReadOnlyList<T> items, Func<T, bool> fits)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[(items.Count / 2 + i) % items.Count];
            if (fits(item))
            {
                return item;
            }
        }

        throw new InvalidOperationException($"No {typeof(T).Name} of the dataset fits the question.");
    }
}
