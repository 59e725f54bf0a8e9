namespace BorderCoop;

/// <summary>One dated value of a record as the timeline shows it (see <see cref="IRecordContents.TimelineDates"/>).</summary>
/// <param name="Date">The date, or null when the value is unknown (no entry is made).</param>
/// <param name="Kind">What the date is of.</param>
/// <param name="What">The words the timeline shows, such as <c>signed</c>.</param>
/// <param name="Agencies">The agencies the entry involves, or null for every agency the record points to.</param>
internal readonly record struct TimelineDate(PartialDate? Date, DateKind Kind, string What, IReadOnlyList<string>? Agencies = null);
