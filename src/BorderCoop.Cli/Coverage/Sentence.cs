namespace BorderCoop.Cli.Coverage;

/// <summary>One sentence of a source text: where it is (a span of the text, in UTF-16 code units) and what it says.</summary>
/// <param name="Start">The index of its first character in the text.</param>
/// <param name="Length">How many characters it spans, without the white space around it.</param>
/// <param name="Line">The 1-based line of the text it is on.</param>
/// <param name="Text">The sentence itself: <c>text.Substring(Start, Length)</c>.</param>
internal sealed record Sentence(int Start, int Length, int Line, string Text)
{
    /// <summary>The index just past its last character.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span <paramref name="start"/>..<paramref name="end"/> (end exclusive) holds the whole sentence.</summary>
    public bool IsWithin(int start, int end) => start <= Start && End <= end;
}
