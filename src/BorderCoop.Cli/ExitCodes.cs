namespace BorderCoop.Cli;

/// <summary>The exit codes of every <c>bordercoop</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The question had no answer, such as an id that names no record.</summary>
    public const int NoAnswer = 1;

    /// <summary>The command line was wrong: an unknown command, option or value.</summary>
    public const int Usage = 2;

    /// <summary>The data could not be loaded or written.</summary>
    public const int DataError = 3;
}
