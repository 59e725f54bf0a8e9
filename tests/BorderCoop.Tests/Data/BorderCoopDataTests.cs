namespace BorderCoop.Tests.Data;

public sealed class BorderCoopDataTests
{
    [Fact]
    public void Default_LoadsEveryFamily()
    {
        var data = BorderCoopData.Default;

        RecordFamily.All.Should().OnlyContain(f => data.RecordsOf(f).Count > 0, "the curated data has records of every family");
    }
}
