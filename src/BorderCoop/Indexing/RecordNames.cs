namespace BorderCoop;

/// <summary>
/// The names a record is known by, main name first: what <see cref="BorderCoopData.FindByName{TRecord}"/> resolves and
/// what <see cref="BorderCoopData.Search"/> weighs as names.
/// </summary>
/// <remarks>
/// Agencies, people, agreements and programs have names, acronyms and aliases; sources, events and conflicts their
/// titles. The other families (cases, figures, budget lines) are named by their ids only.
/// </remarks>
internal static class RecordNames
{
    public static IReadOnlyList<string> Of(IRecord record) => RecordContents.Of(record).Names();

    /// <summary>The record's main name, or its id when it has none.</summary>
    public static string Primary(IRecord record) => Of(record) is [var first, ..] ? first : record.Id;
}
