namespace BorderCoop;

/// <summary>
/// Where a loaded record was read: its input, its place in its array and its bytes, so later problems can point into
/// it. A value kept for every record loaded, so it holds no string of its own: the JSON path is made when a problem needs it.
/// </summary>
/// <param name="Input">The input the record was read from.</param>
/// <param name="ArrayPath">The JSON path of the array the record is in, such as <c>$.extraditionCases</c> or <c>$</c>.</param>
/// <param name="Index">The record's index in that array.</param>
/// <param name="Start">The offset of the record's first byte.</param>
/// <param name="End">The offset just past its last byte.</param>
internal readonly record struct RecordOrigin(DatasetInput Input, string ArrayPath, int Index, int Start, int End)
{
    /// <summary>The record's JSON path, such as <c>$.extraditionCases[3]</c> or <c>$[3]</c>.</summary>
    public string JsonPath => DatasetFile.ItemPath(ArrayPath, Index);

    /// <summary>The record's own bytes.</summary>
    public ReadOnlySpan<byte> Utf8 => Input.Utf8.Span[Start..End];
}
