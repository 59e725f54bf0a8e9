namespace BorderCoop.Cli.Coverage;

/// <summary>A span of a text, in UTF-16 code units: where it starts and how long it is.</summary>
/// <param name="Start">The index of its first character.</param>
/// <param name="Length">How many characters it spans.</param>
internal readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The index just past its last character.</summary>
    public int End => Start + Length;
}
