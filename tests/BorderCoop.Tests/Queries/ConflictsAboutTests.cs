using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary>The conflicts that touch a record, on a dataset built here and on the curated data.</summary>
public sealed class ConflictsAboutTests
{
    [Fact]
    public void ConflictsAbout_ReturnsEveryConflictThatTouchesTheRecord_ByItsRecordsOrAVersion()
    {
        var person = Person("abrego", "Juan García Ábrego");
        var expulsion = Case("abrego", person.Id);
        var mechanism = Conflict("mechanism", "Expelled or extradited?", expulsion.Id);
        var nationality = Conflict("nationality", "Which nationality?", person.Id);
        var year = new Conflict("conflict/year", "Which year?", "e", [person.Id], [new ConflictVersion("1995", expulsion.Id, Quote), new ConflictVersion("1996", null, Quote)]);
        var data = TestRecords.Data(person, expulsion, mechanism, nationality, year);

        data.ConflictsAbout(expulsion.Id).Should().Equal(mechanism, year);
        data.ConflictsAbout(person.Id).Should().Equal(nationality, year);
        data.ConflictsAbout(mechanism.Id).Should().BeEmpty();
    }

    [Fact]
    public void ConflictsAbout_AgreesWithAScanOfEveryConflict_InTheCuratedData()
    {
        var data = BorderCoopData.Default;
        foreach (var record in data.Records)
        {
            var scanned = data.Conflicts.Where(c => c.RecordIds.Contains(record.Id) || c.Versions.Any(v => v.RecordId == record.Id));
            data.ConflictsAbout(record.Id).Should().Equal(scanned, record.Id);
        }
    }

    [Fact]
    public void ConflictsAbout_AnIdThatNamesNothing_ThrowsInsteadOfAnsweringEmpty()
    {
        var about = () => TestRecords.Data(Agreement("merida-initiative", "Merida Initiative")).ConflictsAbout("agreement/does-not-exist");

        about.Should().Throw<NameResolutionException>()
            .Which.Should().Match<NameResolutionException>(e => e.Status == NameResolutionStatus.NotFound && e.ParamName == "recordId");
    }
}
