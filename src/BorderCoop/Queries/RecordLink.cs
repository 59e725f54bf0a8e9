namespace BorderCoop;

/// <summary>
/// One link between two records, seen from one of them: the record at the other end, and where the reference is held
/// (on the record that holds it).
/// </summary>
/// <remarks>Two links are equal when record, path and direction are equal.</remarks>
public sealed record RecordLink
{
    internal RecordLink(IRecord record, string path, bool isIncoming)
    {
        Record = record;
        Path = path;
        IsIncoming = isIncoming;
        Field = FieldOf(path);
    }

    /// <summary>The record at the other end of the link.</summary>
    public IRecord Record { get; }

    /// <summary>The JSON path of the reference on the record that holds it: <c>signatories[0]</c>, <c>roles[1].agency</c>, <c>program</c>.</summary>
    public string Path { get; }

    /// <summary>The path without positions, naming the relation: <c>signatories</c>, <c>roles.agency</c>, <c>program</c>.</summary>
    public string Field { get; }

    /// <summary>
    /// Whether the other record points to this one (an agreement whose <c>signatories</c> name a person, seen from the
    /// person), rather than this one to it.
    /// </summary>
    public bool IsIncoming { get; }

    /// <summary>The direction, field and record id: <c>&lt;- signatories agreement/…</c> or <c>-&gt; leadAgencies agency/us-dea</c>.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{(IsIncoming ? "<-" : "->")} {Field} {Record.Id}";

    private static string FieldOf(string path)
    {
        var builder = new System.Text.StringBuilder(path.Length);
        var depth = 0;
        foreach (var c in path)
        {
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
