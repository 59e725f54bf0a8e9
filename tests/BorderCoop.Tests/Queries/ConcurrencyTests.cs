using NodaTime;

namespace BorderCoop.Tests.Queries;

/// <summary>A dataset and its lazily built indexes can be shared by many threads, each getting the right answers.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task ManyThreads_QueryingAFreshDatasetAtOnce_AllGetTheSingleThreadedAnswers()
    {
        // The expected answers come from the shared default dataset; the threads race on a fresh copy whose
        // indexes are not built yet, so index construction itself is raced too.
        var reference = BorderCoopData.Default;
        var expected = Answers(reference, firstQuestion: 0);
        var fresh = BorderCoopData.Create(reference.Records);
        using var start = new ManualResetEventSlim(false);

        var workers = Enumerable.Range(0, 16).Select(worker => Task.Factory.StartNew(
            () =>
            {
                start.Wait();
                for (var round = 0; round < 20; round++)
                {
                    // Each worker starts at a different question, so different indexes are built first.
                    var answers = Answers(fresh, firstQuestion: worker + round);
                    answers.Should().Equal(expected, (x, y) => x.SequenceEqual(y));
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        start.Set();

        // A wrong answer in any worker fails its task, and WhenAll rethrows it here.
        await Task.WhenAll(workers);
    }

    /// <summary>The answers to every question, asked in rotated order starting at <paramref name="firstQuestion"/> but returned in a fixed order.</summary>
    private static List<IReadOnlyList<string>> Answers(BorderCoopData data, int firstQuestion)
    {
        var questions = Questions(data);
        var answers = new IReadOnlyList<string>[questions.Count];
        for (var i = 0; i < questions.Count; i++)
        {
            var question = (firstQuestion + i) % questions.Count;
            answers[question] = questions[question]();
        }

        return [.. answers];
    }

    private static List<Func<IReadOnlyList<string>>> Questions(BorderCoopData data)
    {
        static IReadOnlyList<string> Ids(IEnumerable<IRecord> records) => records.Select(r => r.Id).ToList();
        static IReadOnlyList<string> Matches<T>(IEnumerable<DatedMatch<T>> matches)
            where T : class, IRecord => matches.Select(m => m.ToString()).ToList();
        var year1998 = new DateInterval(new LocalDate(1998, 1, 1), new LocalDate(1998, 12, 31));

        return
        [
            () => Ids(data.FindAgencies("pgr")),
            () => Ids(data.FindAgencies("Procuraduría General de la República")),
            () => Ids(data.FindPeople("Calderon")),
            () => Ids(data.ConflictsAbout("extradition-case/juan-garcia-abrego")),
            () => Matches(data.AgreementsInForceOn(new LocalDate(1995, 1, 1))),
            () => Matches(data.AgreementsSignedIn(new DateInterval(new LocalDate(1985, 1, 1), new LocalDate(2000, 1, 1)))),
            () => Matches(data.ProgramsActiveDuring(year1998)),
            () => Ids(data.ProgramsInvolving("agency/us-dea")),
            () => Ids(data.ProgramsIn("Ciudad Juárez")),
            () => Matches(data.ExtraditionCasesDuring(year1998)),
            () => Matches(data.ExtraditionFiguresFor(new DateInterval(new LocalDate(1996, 1, 1), new LocalDate(2000, 12, 31)), "MX", "US")),
            () => Ids(data.FindBudgetLines(recipient: "MX")),
            () => data.BudgetTotalsByFiscalYear().Totals.Select(t => t.ToString()).ToList(),
            () => data.TimelineFor(year1998).Select(e => e.ToString()).ToList(),
            () => data.Search("extradition treaty").Select(h => h.ToString()).ToList(),
            () => Ids(data.RecordsReferencing("agency/us-dea")),
            () => data.CitationsOf("person/felipe-calderon").Select(c => c.ToString()).ToList(),
            () => Matches(data.RolesHeldDuring(new DateInterval(new LocalDate(2006, 1, 1), new LocalDate(2006, 12, 31)))),
            () => Matches(data.FiguresDuring(year1998)),
            () => Matches(data.EventsDuring(year1998)),
            () => Matches(data.ExtraditionCasesDuring(year1998, step: null)),
            () => data.NeighbourhoodOf("program/dea-siu").ReferencedBy.Select(l => l.ToString()).ToList(),
            () => Ids(data.FindByName<IRecord>("juarez").Select(m => m.Record)),
        ];
    }
}
