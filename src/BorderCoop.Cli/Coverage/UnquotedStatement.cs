namespace BorderCoop.Cli.Coverage;

/// <summary>
/// A sentence of a source that states numbers or dates no citation quotes, and no reviewed passage sets aside: what a
/// curator still has to encode or to put on the reviewed list with a reason.
/// </summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Mentions">
/// The numbers and dates of the sentence that no quote holds, as written (<c>2007</c>, <c>March</c>, <c>sixty</c>), in
/// order; those of its numbers and dates that a quote holds are not listed.
/// </param>
internal sealed record UnquotedStatement(Sentence Sentence, IReadOnlyList<string> Mentions);
