using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// Python with pandas and R with readr and jsonlite, found on this machine or not, for the tests that run the README's
/// loading snippets in them (Debian: <c>apt-get install python3-pandas r-cran-readr r-cran-jsonlite</c>).
/// </summary>
internal static class ExternalTools
{
    private static readonly Lazy<string?> PythonPath = new(() =>
        new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(p => Works(p, "-c", "import pandas")));

    private static readonly Lazy<string?> RscriptPath = new(() =>
        new[] { "Rscript", "/usr/bin/Rscript" }.FirstOrDefault(p => Works(p, "-e", "library(readr); library(jsonlite)")));

    /// <summary>A Python that imports pandas (the one on the PATH first, then Debian's), or null.</summary>
    public static string? Python => PythonPath.Value;

    /// <summary>An <c>Rscript</c> whose R loads readr and jsonlite, or null.</summary>
    public static string? Rscript => RscriptPath.Value;

    /// <summary>Runs <paramref name="program"/> in <paramref name="directory"/>, killing it after <paramref name="timeout"/>.</summary>
    /// <returns>The exit code and what it wrote to standard error and output.</returns>
    public static (int ExitCode, string Output) Run(string program, string directory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout}.");
        }

        return (process.ExitCode, error.Result + output.Result);
    }

    private static bool Works(string program, params string[] arguments)
    {
        try
        {
            return Run(program, Path.GetTempPath(), TimeSpan.FromMinutes(1), arguments).ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false; // not installed
        }
    }
}

/// <summary>A fact that needs Python with pandas: skipped, saying so, when <see cref="ExternalTools.Python"/> finds none.</summary>
internal sealed class PandasFactAttribute : FactAttribute
{
    public PandasFactAttribute()
    {
        if (ExternalTools.Python is null)
        {
            Skip = "pandas is not installed: neither python3 on the PATH nor /usr/bin/python3 imports it (Debian: apt-get install python3-pandas).";
        }
    }
}

/// <summary>A fact that needs R with readr and jsonlite: skipped, saying so, when <see cref="ExternalTools.Rscript"/> finds none.</summary>
internal sealed class RFactAttribute : FactAttribute
{
    public RFactAttribute()
    {
        if (ExternalTools.Rscript is null)
        {
            Skip = "R with readr and jsonlite is not installed (Debian: apt-get install r-cran-readr r-cran-jsonlite).";
        }
    }
}
