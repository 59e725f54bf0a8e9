namespace BorderCoop;

/// <summary>
/// The date a record is placed by in a list, when no question picks one: each record type says it for itself
/// (<see cref="IRecordContents.ListedBy"/>: a case by its first dated step, a program by its start); a role holder by its role.
/// </summary>
internal static class RecordDates
{
    /// <summary>The date a record is listed by, or null when it has none (it then comes last).</summary>
    public static PartialDate? ListedBy(IRecord record) => record switch
    {
        RoleHolder h => h.Role.Period?.Start ?? h.Role.Period?.End,
        IRecordContents contents => contents.ListedBy(),
        _ => null,
    };
}
