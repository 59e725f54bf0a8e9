
namespace BorderCoop;

/// <summary>
/// The rules for record ids: <c>family/slug</c>, where the family names the kind of record
/// (<see cref="Agreement"/> ids start <c>agreement/</c>) and the slug is lower-case ASCII letters,
/// digits and single hyphens, such as <c>agreement/mou-information-exchange-1987</c>.
/// </summary>
/// <remarks>Ids are stable: once published, an id keeps naming the same record in later data versions.</remarks>
public static class RecordId
{
    /// <summary>The family of <see cref="Source"/> ids.</summary>
    public const string SourceFamily = "source";

    /// <summary>The family of <see cref="Agency"/> ids.</summary>
    public const string AgencyFamily = "agency";

    /// <summary>The family of <see cref="Person"/> ids.</summary>
    public const string PersonFamily = "person";

    /// <summary>The family of <see cref="Agreement"/> ids.</summary>
    public const string AgreementFamily = "agreement";

    /// <summary>The family of <see cref="CooperationProgram"/> ids.</summary>
    public const string ProgramFamily = "program";

    /// <summary>The family of <see cref="ExtraditionCase"/> ids.</summary>
    public const string ExtraditionCaseFamily = "extradition-case";

    /// <summary>The family of <see cref="ExtraditionFigure"/> ids.</summary>
    public const string ExtraditionFigureFamily = "extradition-figure";

    /// <summary>The family of <see cref="BudgetLine"/> ids.</summary>
    public const string BudgetLineFamily = "budget-line";

    /// <summary>The family of <see cref="Figure"/> ids.</summary>
    public const string FigureFamily = "figure";

    /// <summary>The family of <see cref="Event"/> ids.</summary>
    public const string EventFamily = "event";

    /// <summary>The family of <see cref="Conflict"/> ids.</summary>
    public const string ConflictFamily = "conflict";

    /// <summary>Every family, in the order the dataset lists them.</summary>
    public static IReadOnlyList<string> Families { get; } = ValueList<string>.From(
    [
        SourceFamily, AgencyFamily, PersonFamily, AgreementFamily, ProgramFamily, ExtraditionCaseFamily,
        ExtraditionFigureFamily, BudgetLineFamily, FigureFamily, EventFamily, ConflictFamily,
    ]);

    /// <summary>The families as an array, made once, for references that may point to any family.</summary>
    internal static readonly string[] AnyFamily = [.. Families];

    /// <summary>Whether <paramref name="id"/> has the form <c>family/slug</c> with a known family.</summary>
    /// <param name="id">The id to check.</param>
    /// <returns><see langword="true"/> when well formed.</returns>
    public static bool IsWellFormed(string? id) =>
        id is not null && Serialization.TextPatterns.IsRecordId(id) && Families.Contains(id[..id.IndexOf('/', StringComparison.Ordinal)]);

    /// <summary>The family part of a well-formed id ("agreement" for "agreement/merida-initiative").</summary>
    /// <param name="id">A well-formed id.</param>
    /// <returns>The family.</returns>
    /// <exception cref="ArgumentException">The id is not well formed.</exception>
    public static string FamilyOf(string id)
    {
        if (!IsWellFormed(id))
        {
            throw new ArgumentException($"'{id}' is not a well-formed record id.", nameof(id));
        }

        return id[..id.IndexOf('/', StringComparison.Ordinal)];
    }

    internal static bool BelongsTo(string id, string family) =>
        id.Length > family.Length + 1 && id[family.Length] == '/' && id.StartsWith(family, StringComparison.Ordinal);
}
