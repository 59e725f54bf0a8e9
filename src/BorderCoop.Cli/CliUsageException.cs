namespace BorderCoop.Cli;

/// <summary>
/// A command line that parsed but makes no sense (a period that ends before it starts, an ambiguous agency name):
/// the command stops with <see cref="ExitCodes.Usage"/> and the message as its one-line reason.
/// </summary>
internal sealed class CliUsageException : Exception
{
    /// <summary>A usage error with its one-line reason.</summary>
    public CliUsageException(string message)
        : base(message)
    {
    }
}
