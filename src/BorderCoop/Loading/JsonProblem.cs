namespace BorderCoop;

/// <summary>Turns exception messages into problem messages: the location is reported on its own, so it is cut from the text.</summary>
internal static class JsonProblem
{
    /// <summary>
    /// The message without the " (Parameter 'x')" that <see cref="ArgumentException"/> appends, the "Actual value was"
    /// line of <see cref="ArgumentOutOfRangeException"/>, and the " Path: … | LineNumber: …" or " LineNumber: …" tail of
    /// <see cref="System.Text.Json.JsonException"/>.
    /// </summary>
    public static string Clean(string message)
    {
        var text = message.ReplaceLineEndings("\n");
        foreach (var marker in new[] { "\nActual value was", " (Parameter '", " Path: ", " LineNumber: " })
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                text = text[..at];
            }
        }

        return text.TrimEnd('.', ' ', '|');
    }
}
