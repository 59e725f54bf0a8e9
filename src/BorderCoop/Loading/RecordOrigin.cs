namespace BorderCoop;

/// <summary>Where a loaded record was read: its input, its JSON path and its bytes, so later problems can point into it.</summary>
/// <param name="Input">The input the record was read from.</param>
/// <param name="JsonPath">The record's JSON path, such as <c>$.extraditionCases[3]</c> or <c>$[3]</c>.</param>
/// <param name="Start">The offset of the record's first byte.</param>
/// <param name="End">The offset just past its last byte.</param>
internal sealed record RecordOrigin(DatasetInput Input, string JsonPath, int Start, int End)
{
    /// <summary>The record's own bytes.</summary>
    public ReadOnlySpan<byte> Utf8 => Input.Utf8.Span[Start..End];
}
