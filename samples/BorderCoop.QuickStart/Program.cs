// The README's quick start, compiled in CI so it cannot drift from the API.
using BorderCoop;

var data = BorderCoopData.Default;

// Every claim carries the exact words of its source.
var mou = data.Get<Agreement>("agreement/mou-information-exchange-1987");
Console.WriteLine($"{mou.Title}: signed {mou.Signed}, in force {mou.InForce}");
foreach (var citation in mou.Citations)
{
    Console.WriteLine($"  {citation.SourceId}: “{citation.ReadableQuote}”");
}

// Uncertainty is typed: "at least 136", "around 70".
foreach (var figure in data.ExtraditionFigures.Where(f => f.From == "MX" && f.To == "US"))
{
    Console.WriteLine($"{figure.Period?.ToString() ?? "(no period)",-16} {figure.Measure,-14} {figure.Value}");
}

// Disagreements are kept side by side, never silently resolved.
foreach (var version in data.Get<Conflict>("conflict/garcia-abrego-removal-mechanism").Versions)
{
    Console.WriteLine($"- {version.Statement}");
}
