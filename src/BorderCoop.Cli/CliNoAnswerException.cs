namespace BorderCoop.Cli;

/// <summary>
/// A question whose subject does not exist (an agency, person or record that nothing in the data matches): the command
/// stops with <see cref="ExitCodes.NoAnswer"/> and the message as its one-line reason.
/// </summary>
internal sealed class CliNoAnswerException : Exception
{
    /// <summary>A missing subject with its one-line reason.</summary>
    public CliNoAnswerException(string message)
        : base(message)
    {
    }
}
