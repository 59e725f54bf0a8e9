namespace BorderCoop;

/// <summary>A problem found in a value, located by byte offset into its input, before it becomes a <see cref="DatasetProblem"/>.</summary>
/// <param name="Offset">The byte offset of the offending value in the whole input.</param>
/// <param name="JsonPath">The JSON path of the offending value.</param>
/// <param name="Message">What is wrong.</param>
internal readonly record struct PendingProblem(long Offset, string JsonPath, string Message);
