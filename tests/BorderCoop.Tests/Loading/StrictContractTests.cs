using System.Text;

namespace BorderCoop.Tests.Loading;

/// <summary>
/// The loader reads exactly the documented contract: hostile or sloppy values that the serializer used to let
/// through (flag combinations, other spellings, strings that are no text) are each a located problem.
/// </summary>
public sealed class StrictContractTests
{
    private const string Source = """
        "sources": [{ "id": "source/s", "description": "d", "kind": "analysis", "file": "s.txt" }]
        """;

    /// <summary>A document of one source and one extradition case whose outcome is <paramref name="outcome"/> (raw JSON).</summary>
    private static string CaseWithOutcome(string outcome) => $$"""
        { {{Source}},
          "people": [{ "id": "person/p", "name": "P", "citations": [{ "source": "source/s", "quote": "q" }] }],
          "extraditionCases": [{ "id": "extradition-case/c", "person": "person/p", "from": "MX", "to": "US",
            "mechanism": "extradition", "outcome": {{outcome}}, "citations": [{ "source": "source/s", "quote": "q" }] }] }
        """;

    private static DatasetValidationException Rejects(string json)
    {
        var load = () => BorderCoopData.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "mine.json");
        return load.Should().Throw<DatasetValidationException>().Which;
    }

    [Theory]
    [InlineData("\"requested, pending\"")] // read as flags, it was stored as "denied"
    [InlineData("\"pending,requested\"")]
    [InlineData("\"Surrendered\"")]
    [InlineData("\"SURRENDERED\"")]
    [InlineData("\" surrendered\"")]
    [InlineData("\"surrendered \"")]
    [InlineData("\"granted_then_annulled\"")]
    [InlineData("\"grantedThenAnnulled\"")]
    [InlineData("5")]
    [InlineData("\"5\"")]
    public void EnumValues_OtherThanTheirExactSpelling_AreRejectedAtTheValue(string outcome)
    {
        var error = Rejects(CaseWithOutcome(outcome));

        var problem = error.Problems.Should().ContainSingle().Which;
        problem.JsonPath.Should().Be("$.extraditionCases[0].outcome");
        problem.RecordId.Should().Be("extradition-case/c");
    }

    [Fact]
    public void EnumValues_InTheirExactSpelling_AreRead_EvenWhenEscaped()
    {
        var data = BorderCoopData.Load(new MemoryStream(Encoding.UTF8.GetBytes(CaseWithOutcome("\"granted-then-annulled\""))), "mine.json");
        var escaped = BorderCoopData.Load(new MemoryStream(Encoding.UTF8.GetBytes(CaseWithOutcome("\"\\u0073urrendered\""))), "mine.json");

        data.ExtraditionCases.Single().Outcome.Should().Be(ExtraditionOutcome.GrantedThenAnnulled);
        escaped.ExtraditionCases.Single().Outcome.Should().Be(ExtraditionOutcome.Surrendered);
    }

    [Theory]
    [InlineData("\"at-least, more-than\"")]
    [InlineData("\"AtLeast\"")]
    [InlineData("\"atleast\"")]
    [InlineData("\" about\"")]
    public void QuantityQualifiers_OtherThanTheirExactSpelling_AreRejected(string qualifier)
    {
        var json = $$"""
            { {{Source}},
              "figures": [{ "id": "figure/f", "measure": "m", "value": { "value": 3, "qualifier": {{qualifier}} },
                "citations": [{ "source": "source/s", "quote": "q" }] }] }
            """;

        Rejects(json).Problems.Should().ContainSingle().Which.JsonPath.Should().Be("$.figures[0].value.qualifier");
    }

    [Theory]
    [InlineData("\"\\ud800\"", "$.extraditionCases[0].outcome")]
    [InlineData("\"\\udc00x\"", "$.extraditionCases[0].outcome")]
    [InlineData("\"\\ud800\\u0041\"", "$.extraditionCases[0].outcome")]
    public void ALoneSurrogateEscape_InAValue_IsALocatedProblem(string value, string path)
    {
        var error = Rejects(CaseWithOutcome(value));

        var problem = error.Problems.Should().ContainSingle().Which;
        problem.JsonPath.Should().Be(path);
        problem.Message.Should().Contain("surrogate");
    }

    [Fact]
    public void ALoneSurrogateEscape_InATextValue_IsALocatedProblem()
    {
        var json = CaseWithOutcome("\"surrendered\"").Replace("\"name\": \"P\"", "\"name\": \"P\\ud800\"", StringComparison.Ordinal);

        var problem = Rejects(json).Problems.Should().ContainSingle().Which;

        problem.JsonPath.Should().Be("$.people[0].name");
        problem.RecordId.Should().Be("person/p");
    }

    [Fact]
    public void ALoneSurrogateEscape_InAPropertyName_IsALocatedProblem()
    {
        var json = CaseWithOutcome("\"surrendered\"").Replace("\"mechanism\"", "\"mech\\ud800anism\"", StringComparison.Ordinal);

        var problems = Rejects(json).Problems;

        problems.Should().Contain(p => p.Message.Contains("surrogate") && p.JsonPath == "$.extraditionCases[0]");
    }

    [Theory]
    [InlineData("{ \"\\ud800\": [] }")]
    [InlineData("{ \"dataVersion\": \"2026\\ud800\" }")]
    [InlineData("{ \"dataVersion\": \"\\udfff\", \"\\ud800\": [], \"agencies\": [{ \"id\": \"agency/\\ud800\" }] }")]
    public void ALoneSurrogateEscape_InAFamilyNameOrTheDataVersion_IsAProblem_NotACrash(string json)
    {
        Rejects(json).Problems.Should().OnlyContain(p => p.Line != null).And.Contain(p => p.Message.Contains("surrogate"));
    }

    [Fact]
    public void AMissingQualifier_IsReported_NotReadAsExact()
    {
        var json = $$"""
            { {{Source}},
              "figures": [{ "id": "figure/f", "measure": "m", "value": { "value": 3 }, "citations": [{ "source": "source/s", "quote": "q" }] }] }
            """;

        Rejects(json).Problems.Should().ContainSingle().Which.Message.Should().Contain("the required property 'qualifier' is missing");
    }

    [Fact]
    public void NullWhereTheConstructorTakesNone_IsReported()
    {
        var json = CaseWithOutcome("\"surrendered\"").Replace("\"from\": \"MX\"", "\"from\": null", StringComparison.Ordinal);

        Rejects(json).Problems.Should().ContainSingle().Which.JsonPath.Should().Be("$.extraditionCases[0].from");
    }
}
