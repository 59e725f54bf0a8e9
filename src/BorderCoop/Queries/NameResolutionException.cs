namespace BorderCoop;

/// <summary>
/// Thrown where a query needs one record and is given a text that names none, or several equally well: the answer
/// would otherwise be a silent empty list. <see cref="ArgumentException.ParamName"/> names the parameter.
/// </summary>
/// <remarks>
/// <see cref="Message"/> is one line: the text, and for an ambiguous text the ids and names of the records it could
/// mean. It quotes names from the data as they are; escape it before showing it where control characters matter.
/// </remarks>
public sealed class NameResolutionException : ArgumentException
{
    private const int ListedCandidates = 10;

    private readonly string reason;

    private NameResolutionException(string reason, string? paramName, string text, NameResolutionStatus status, ValueList<NameMatch<IRecord>> candidates)
        : base(reason, paramName)
    {
        this.reason = reason;
        Text = text;
        Status = status;
        Candidates = candidates;
    }

    /// <summary>The text that could not be resolved, as given.</summary>
    public string Text { get; }

    /// <summary><see cref="NameResolutionStatus.NotFound"/> or <see cref="NameResolutionStatus.Ambiguous"/>.</summary>
    public NameResolutionStatus Status { get; }

    /// <summary>The records the text could mean, all matching equally well, in dataset order; empty when it names nothing.</summary>
    public IReadOnlyList<NameMatch<IRecord>> Candidates { get; }

    /// <summary>Why the text was not resolved, in one line, without the parameter name (see <see cref="ArgumentException.ParamName"/>).</summary>
    public override string Message => reason;

    /// <summary>The exception for a resolution that did not resolve.</summary>
    internal static NameResolutionException For<TRecord>(NameResolution<TRecord> resolution, string? paramName)
        where TRecord : class, IRecord
    {
        var kind = KindOf(typeof(TRecord));
        var candidates = ValueList<NameMatch<IRecord>>.From(resolution.Best.Select(m => new NameMatch<IRecord>(m.Record, m.Kind, m.MatchedName)));
        var reason = resolution.Status == NameResolutionStatus.Ambiguous
            ? $"'{resolution.Text}' could be any of {candidates.Count} {kind} records: {List(candidates)}; give the id or more of the name."
            : $"No {kind} is called '{resolution.Text}': no id, name, acronym or alias matches it, whole or in part.";
        return new NameResolutionException(reason, paramName, resolution.Text, resolution.Status, candidates);
    }

    /// <summary>The exception for a text that is no country code and no part of any program's place names.</summary>
    internal static NameResolutionException NoPlace(string text, string? paramName) => new(
        $"No program is in a country or place called '{text}': it is no country code, and no place name matches it, whole or in part.",
        paramName,
        text,
        NameResolutionStatus.NotFound,
        ValueList<NameMatch<IRecord>>.Empty);

    private static string List(ValueList<NameMatch<IRecord>> candidates)
    {
        var listed = string.Join(", ", candidates.Take(ListedCandidates).Select(m => $"{m.Record.Id} ({RecordNames.Primary(m.Record)})"));
        return candidates.Count > ListedCandidates ? $"{listed} and {candidates.Count - ListedCandidates} more" : listed;
    }

    /// <summary>The kind of record in words: "agency", "cooperation program"; "record" for an interface such as <see cref="IRecord"/>.</summary>
    private static string KindOf(Type type) =>
        type.IsInterface
            ? "record"
            : string.Concat(type.Name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
