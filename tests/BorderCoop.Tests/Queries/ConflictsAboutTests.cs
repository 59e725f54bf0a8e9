namespace BorderCoop.Tests.Queries;

public sealed class ConflictsAboutTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    [Fact]
    public void ConflictsAbout_ReturnsEveryConflictThatTouchesTheRecord()
    {
        Data.ConflictsAbout("extradition-case/juan-garcia-abrego").Select(c => c.Id).Should().BeEquivalentTo(
        [
            "conflict/garcia-abrego-removal-mechanism",
            "conflict/garcia-abrego-dea-assistance-year",
            "conflict/garcia-abrego-nationality",
        ]);
    }

    [Fact]
    public void ConflictsAbout_AgreesWithAScanOfEveryConflict()
    {
        foreach (var record in Data.Records)
        {
            var scanned = Data.Conflicts.Where(c => c.RecordIds.Contains(record.Id) || c.Versions.Any(v => v.RecordId == record.Id));
            Data.ConflictsAbout(record.Id).Should().Equal(scanned, record.Id);
        }
    }

    [Fact]
    public void ConflictsAbout_AnIdThatNamesNothing_ThrowsInsteadOfAnsweringEmpty()
    {
        var about = () => Data.ConflictsAbout("agreement/does-not-exist");

        about.Should().Throw<NameResolutionException>()
            .Which.Should().Match<NameResolutionException>(e => e.Status == NameResolutionStatus.NotFound && e.ParamName == "recordId");
    }
}
