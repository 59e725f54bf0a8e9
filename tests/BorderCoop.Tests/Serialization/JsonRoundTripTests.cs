using System.Text;
using System.Text.Json;
using BorderCoop.Serialization;

namespace BorderCoop.Tests.Serialization;

public sealed class JsonRoundTripTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    [Fact]
    public void EveryFamily_SerializesAndReadsBackEqual()
    {
        RoundTrip(Data.Sources);
        RoundTrip(Data.Agencies);
        RoundTrip(Data.People);
        RoundTrip(Data.Agreements);
        RoundTrip(Data.Programs);
        RoundTrip(Data.ExtraditionCases);
        RoundTrip(Data.ExtraditionFigures);
        RoundTrip(Data.BudgetLines);
        RoundTrip(Data.Figures);
        RoundTrip(Data.Events);
        RoundTrip(Data.Conflicts);
    }

    [Fact]
    public void WriteJson_WritesOneDocumentWithEveryFamily_InTheDataFileFormat()
    {
        using var stream = new MemoryStream();
        Data.WriteJson(stream);

        using var document = JsonDocument.Parse(stream.ToArray());
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal(["dataVersion", .. RecordFamily.All.Select(f => f.PropertyName)]);
        RecordFamily.All.Select(f => f.PropertyName).Should().StartWith(["sources", "agencies", "people", "agreements", "programs", "extraditionCases"]);
        root.GetProperty("agreements").GetArrayLength().Should().Be(Data.Agreements.Count);
    }

    [Fact]
    public void WriteJson_WritesARecordAsInItsDataFile()
    {
        var mou = new Agreement(
            "agreement/mou-1987", "A memorandum", null, AgreementKind.MemorandumOfUnderstanding, ["MX", "US"], null, null, PartialDate.Parse("1987-12"), null, null, null, null, "d", TestRecords.Quote);
        using var stream = new MemoryStream();
        TestRecords.Data(mou).WriteJson(stream);

        using var document = JsonDocument.Parse(stream.ToArray());
        var written = document.RootElement.GetProperty("agreements").EnumerateArray().Single();
        written.GetProperty("id").GetString().Should().Be(mou.Id);
        written.GetProperty("signed").GetString().Should().Be("1987-12");
        written.GetProperty("kind").GetString().Should().Be("memorandum-of-understanding");
        written.TryGetProperty("inForce", out _).Should().BeFalse("a date the sources do not give is left out");
    }

    [Fact]
    public void Enums_AreWrittenInKebabCase_AndNumbersAreRejected()
    {
        JsonSerializer.Serialize(QuantityQualifier.AtLeast, BorderCoopJson.Options).Should().Be("\"at-least\"");
        var read = () => JsonSerializer.Deserialize<Quantity>("""{"value": 1, "qualifier": 1}""", BorderCoopJson.Options);
        read.Should().Throw<JsonException>();
    }

    private static void RoundTrip<T>(IReadOnlyList<T> records)
    {
        var json = JsonSerializer.Serialize(records, BorderCoopJson.Options);
        var back = JsonSerializer.Deserialize<List<T>>(Encoding.UTF8.GetBytes(json), BorderCoopJson.Options);
        back.Should().Equal(records, $"{typeof(T).Name} must round-trip");
    }
}
