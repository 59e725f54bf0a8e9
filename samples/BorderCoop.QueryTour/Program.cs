// A tour of the BorderCoop query helpers: each stop asks one question of the embedded dataset and prints the
// answer with how sure it is and the verbatim quotes behind it.
using BorderCoop;
using NodaTime;

var data = BorderCoopData.Default;

Stop("Which agreements were in force on 1 January 1995?");
foreach (var match in data.AgreementsInForceOn(new LocalDate(1995, 1, 1)))
{
    Console.WriteLine($"  {match.Record.Title}");
    Console.WriteLine($"    {match.Certainty}: {match.Reason}");
    Quote(match.Record.Id);
}

Stop("Which programs ran in 1998? (an open period is certain until the latest report of it; unknown is not no)");
foreach (var match in data.ProgramsActiveDuring(Year(1998)))
{
    Console.WriteLine($"  {match.Record.Name} ({match.Certainty}, {Display.Name(match.Overlap)}: {match.Reason})");
}

Stop("Who held office in Mexico's Presidency in 2003?");
foreach (var match in data.RolesHeldDuring(Year(2003), agencyId: "agency/mx-presidency"))
{
    Console.WriteLine($"  {match.Record.Person.Name}, {match.Record.Role.Title} ({match.Certainty}: {match.Reason})");
}

Stop("Who is 'pgr', and what does the dataset hold about it?");
var pgr = data.Resolve<Agency>("pgr");
Console.WriteLine($"  {pgr.EnglishName} / {pgr.SpanishName}");
foreach (var field in data.NeighbourhoodOf(pgr.Id).ReferencedBy.GroupBy(link => link.Field))
{
    Console.WriteLine($"  as {field.Key}: {string.Join(", ", field.Select(link => link.Record.Id).Distinct())}");
}

Stop("Who was handed over from Mexico to the United States in 1996, and how? (surrenders, in time order)");
var garcia = data.Resolve<Person>("Garcia Abrego");
foreach (var match in data.ExtraditionCasesDuring(Year(1996), from: "mx", to: "us"))
{
    Console.WriteLine($"  {match.Record.Id}: {Display.Name(match.Record.Mechanism)}, {match.Certainty}: {match.Reason}");
}

foreach (var conflict in data.ConflictsAbout(data.ExtraditionCasesOf(garcia.Id)[0].Id))
{
    Console.WriteLine($"  The sources disagree: {conflict.Title}");
    foreach (var version in conflict.Versions)
    {
        Console.WriteLine($"    - {version.Statement}");
    }
}

Stop("How many people did Mexico extradite to the United States in 1996-2000? (every reported version)");
foreach (var match in data.ExtraditionFiguresFor(new DateInterval(new LocalDate(1996, 1, 1), new LocalDate(2000, 12, 31)), "MX", "US"))
{
    var figure = match.Record;
    Console.WriteLine($"  {Display.Quantity(figure.Value)}, {Display.Population(figure)}, {Display.Name(figure.Measure)} ({match.Certainty}: {match.Reason})");
}

Stop("What did the DEA Sensitive Investigative Units cost, by fiscal year?");
var budget = data.BudgetTotalsByFiscalYear("SIU");
foreach (var total in budget.Totals)
{
    Console.WriteLine($"  {total.FiscalYear} {total.Stage}: {total.Amount}");
}

foreach (var left in data.BudgetTotalsByFiscalYear().LeftOut)
{
    Console.WriteLine($"  not added: {left.Line.Id}, because it {left.Reason}");
}

Stop("What happened in March 2010?");
foreach (var entry in data.TimelineFor(new DateInterval(new LocalDate(2010, 3, 1), new LocalDate(2010, 3, 31))))
{
    Console.WriteLine($"  {Display.Date(entry.Date),-11} {entry.What}: {entry.Record.Id}");
}

foreach (var words in new[] { "procuraduria", "boomerang operation", "SIU" })
{
    Stop($"Full-text search, accents ignored: '{words}'");
    foreach (var hit in data.Search(words, 5))
    {
        Console.WriteLine($"  {hit.Record.Id} (score {hit.Score:0.#}, in {hit.Fields}{(hit.Via is null ? "" : $", through {hit.Via.Id}")})");
    }
}

return;

static DateInterval Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

static void Stop(string question) => Console.WriteLine($"{Environment.NewLine}== {question}");

void Quote(string recordId)
{
    foreach (var citation in data.CitationsOf(recordId).Take(1))
    {
        Console.WriteLine($"    \"{citation.ReadableQuote}\" ({citation.Source.Title ?? citation.Source.FileName})");
    }
}
