// One realistic question, answered end to end from the embedded dataset:
// "How did extraditions from Mexico to the United States change between 1995 and 2010, and according to whom?"
//
// The sources give aggregate figures over different periods, populations (all persons or Mexican nationals) and
// measures (totals, yearly averages), sometimes in conflict, plus a handful of named cases. The program lists every
// figure with who reported it and the source's own words, puts the comparable ones on one yearly scale (a derived
// number, labelled as such), shows where the sources disagree, and lists the named cases by year.
using System.Globalization;
using BorderCoop;
using NodaTime;

var data = BorderCoopData.Default;
var period = new DateInterval(new LocalDate(1995, 1, 1), new LocalDate(2010, 12, 31));

Console.WriteLine("How did extraditions from Mexico to the United States change between 1995 and 2010, and according to whom?");
Console.WriteLine();

// 1. Every reported figure whose period may fall in 1995–2010, earliest first; undated ones follow as uncertain.
var figures = data.ExtraditionFiguresFor(period, "MX", "US");
Console.WriteLine($"What the sources report ({figures.Count} figures):");
foreach (var match in figures)
{
    var figure = match.Record;
    Console.WriteLine();
    Console.WriteLine($"  {When(figure)}: {Describe(figure)}");
    Console.WriteLine($"    reported by {ReportedBy(figure)}; {Placement(match)} ({match.Reason})");
    if (figure.Measure != ExtraditionMeasure.AnnualAverage && PerYear(figure) is { } rate)
    {
        Console.WriteLine($"    about {rate.ToString("0.#", CultureInfo.InvariantCulture)} a year (derived here from the figure and its period, not stated by the source)");
    }

    foreach (var citation in data.CitationsOf(figure.Id))
    {
        Console.WriteLine($"    [{citation.Source.Title ?? citation.Source.FileName}] “{citation.ReadableQuote}”");
    }
}

// 2. Where the sources disagree about these figures: both versions, never a silent pick.
var conflicts = figures.SelectMany(m => data.ConflictsAbout(m.Record.Id)).Distinct().ToList();
Console.WriteLine();
Console.WriteLine($"Where the sources disagree ({conflicts.Count}):");
foreach (var conflict in conflicts)
{
    Console.WriteLine($"  {conflict.Title}");
    foreach (var version in conflict.Versions)
    {
        Console.WriteLine($"    - {version.Statement}");
    }
}

// 3. The named cases: every case with a step in 1995–2010 (any step, each case once, with the step that matched), in
//    time order; a date known only as a bound ("by January 2007") is shown as one, and is uncertain.
Console.WriteLine();
Console.WriteLine("Named cases:");
foreach (var match in data.ExtraditionCasesDuring(period, "MX", "US", step: null))
{
    var extradition = match.Record;
    var person = data.Get<Person>(extradition.PersonId);
    var steps = new[] { ("arrested", extradition.Arrested), ("requested", extradition.Requested), ("granted", extradition.Granted), ("surrendered", extradition.Surrendered) }
        .Where(s => s.Item2 is not null)
        .Select(s => $"{s.Item1} {Display.Date(s.Item2)}");
    var dates = string.Join(", ", steps);
    Console.WriteLine($"  {person.Name}: {Display.Name(extradition.Mechanism)}, {Display.Name(extradition.Outcome)}; {(dates.Length > 0 ? dates : "no dates given")} ({match.Certainty})");
}

static string When(ExtraditionFigure figure) =>
    figure.Period is { } p ? Display.Period(p) : figure.AsOf is { } asOf ? $"as of {Display.Date(asOf)}" : "no period given";

// How the figure's period lies against 1995–2010: a count for part of it, for all of it and more, or only partly inside.
static string Placement(DatedMatch<ExtraditionFigure> match) => (match.Overlap, match.Certainty) switch
{
    (DateOverlap.Within, _) => "counts part of 1995–2010",
    (DateOverlap.Covers, _) => "covers all of 1995–2010 and more",
    (DateOverlap.PartlyOverlaps, DateCertainty.Certain) => "only partly within 1995–2010",
    _ => "may fall within 1995–2010",
};

static string Describe(ExtraditionFigure figure)
{
    var who = Display.Population(figure);
    var what = figure.Measure switch
    {
        ExtraditionMeasure.AnnualAverage => "a year on average",
        ExtraditionMeasure.Denied => "denied",
        ExtraditionMeasure.Pending => "pending",
        _ => "in all",
    };
    return $"{figure.Value} {what} ({who})";
}

string ReportedBy(ExtraditionFigure figure) =>
    figure.ReportedById is { } id ? data.Find(id) switch
    {
        Agency agency => agency.EnglishName,
        Person person => person.Name,
        _ => id,
    } : "the source's author";

// A yearly rate, only where it can be derived honestly: an exact total over a period known at both ends, or an
// exact yearly average as stated (not printed again, as the figure itself says it).
static decimal? PerYear(ExtraditionFigure figure)
{
    if (figure.Value.Qualifier != QuantityQualifier.Exact)
    {
        return null;
    }

    if (figure.Measure == ExtraditionMeasure.AnnualAverage)
    {
        return figure.Value.Value;
    }

    if (figure.Measure != ExtraditionMeasure.Total || figure.Period is not { StartKind: DateBoundKind.Known, EndKind: DateBoundKind.Known } known)
    {
        return null;
    }

    var days = Period.Between(known.Start!.Start, known.End!.End.PlusDays(1), PeriodUnits.Days).Days;
    return figure.Value.Value / (days / 365.25m);
}
