using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// Runs Debian's headless Chromium on a local page, in a fresh profile, with a time limit after which the whole
/// process tree is killed.
/// </summary>
/// <remarks>
/// Flags: <c>--headless --no-sandbox --disable-gpu --user-data-dir=FRESH --enable-logging=stderr --v=0</c> and a few
/// that keep a first run quiet. With logging on, Chromium writes every console message of the page to standard error
/// as a line containing <c>:CONSOLE</c>, whatever its level (a <c>console.log</c>, an uncaught error and a request the
/// content security policy refuses all look alike), so <see cref="ChromiumRun.ConsoleMessages"/> collects them all.
/// </remarks>
internal static partial class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    /// <summary>The Chromium executable, or null when it is not installed.</summary>
    public static string? Executable =>
        Candidates.FirstOrDefault(File.Exists)
        ?? (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "chromium"))
            .FirstOrDefault(File.Exists);

    /// <summary>The Chromium executable; fails the test (it does not skip it) when Chromium is not installed.</summary>
    public static string Require() =>
        Executable ?? throw new InvalidOperationException(
            "Chromium is not installed, so the report cannot be checked in a browser. Install Debian's chromium package "
            + "(apt-get install chromium, as .ci/run does) and run the tests again.");

    /// <summary>Opens <paramref name="page"/> with the given extra flags and waits for Chromium to exit.</summary>
    /// <exception cref="TimeoutException">Chromium did not exit within <paramref name="timeout"/>; it was killed.</exception>
    public static ChromiumRun Run(string page, TimeSpan timeout, params string[] flags)
    {
        var executable = Require();
        var profile = Directory.CreateTempSubdirectory("bordercoop-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var flag in (string[])[
                "--headless", "--no-sandbox", "--disable-gpu", $"--user-data-dir={profile}",
                "--enable-logging=stderr", "--v=0",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-dev-shm-usage",
                "--hide-scrollbars", .. flags, new Uri(page).AbsoluteUri])
            {
                start.ArgumentList.Add(flag);
            }

            var output = new StringBuilder();
            var error = new StringBuilder();
            var clock = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Append(e.Data).Append('\n'); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.Append(e.Data).Append('\n'); } } };
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"Chromium did not finish within {timeout.TotalSeconds:0} s and was killed. Its standard error:\n{error}");
            }

            process.WaitForExit(); // Let the asynchronous readers drain.
            return new ChromiumRun(process.ExitCode, output.ToString(), error.ToString(), clock.Elapsed);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A helper process may still hold a file for a moment; the profile is in the temp folder anyway.
            }
        }
    }

    [GeneratedRegex(@":CONSOLE[(:]")]
    internal static partial Regex ConsoleLine();
}

/// <summary>What one Chromium run produced.</summary>
internal sealed record ChromiumRun(int ExitCode, string Output, string Error, TimeSpan Elapsed)
{
    /// <summary>The page's console messages, as Chromium logged them to standard error.</summary>
    public List<string> ConsoleMessages => [.. Error.Split('\n').Where(line => Chromium.ConsoleLine().IsMatch(line))];
}
