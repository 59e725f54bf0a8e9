using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BorderCoop.Tests.Loading;

/// <summary>Malformed data files are rejected with every problem located, and nothing is loaded.</summary>
public sealed class DatasetLoadingTests
{
    private static Dictionary<string, byte[]> ShippedFiles() =>
        Directory.GetFiles(Path.GetDirectoryName(Repository.DataFile("x"))!, "*.json")
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    private static DatasetValidationException LoadFailing(string fileName, string json)
    {
        var files = ShippedFiles();
        files[fileName] = Encoding.UTF8.GetBytes(json);
        var load = () => EmbeddedDataset.Validate(name => files[name]);
        return load.Should().Throw<DatasetValidationException>().Which;
    }

    /// <summary>The shipped agreements with one test agreement first, so other files' references still resolve.</summary>
    private static string Agreement(string overrides, string kind = "\"kind\": \"agreement\",")
    {
        var shipped = File.ReadAllText(Repository.DataFile("agreements.json")).Trim();
        return $$"""
            [{ "id": "agreement/x", "title": "X", {{kind}} "description": "d",
               "citations": [{ "source": "source/arzt-security-collaboration", "quote": "Sigrid Arzt" }] {{overrides}} },
            {{shipped[1..]}}
            """;
    }

    /// <summary>
    /// The counterpart of trusting the embedded data at run time (as NodaTime's ValidateDefault test does for its
    /// time zone data): the data files the compiled data is made from pass every step and check that user data goes
    /// through, and give the records the assembly embeds (record by record: <c>CompiledDataTests</c>).
    /// </summary>
    [Fact]
    public void TheDataFiles_PassEveryCheckOfUserData_AndGiveTheEmbeddedRecords()
    {
        var files = ShippedFiles();
        var validated = EmbeddedDataset.Validate(name => files[name]);

        BorderCoopData.Default.Records.Should().Equal(validated.Records);
    }

    [Fact]
    public void TheTrustedRead_OfAnUnreadableFile_FailsNamingTheFile()
    {
        var files = ShippedFiles();
        files["agreements.json"] = Encoding.UTF8.GetBytes(Agreement(""", "signed": "1996-13" """));

        var load = () => EmbeddedDataset.LoadTrusted(name => files[name]);

        load.Should().Throw<DatasetValidationException>()
            .Which.Problems.Should().ContainSingle().Which.Location.Should().Contain("agreements.json");
    }

    [Fact]
    public void ImpossibleDate_IsReportedWithFileIdAndPath()
    {
        var error = LoadFailing("agreements.json", Agreement(""", "signed": "1996-13" """));

        error.Problems.Should().ContainSingle().Which.Location.Should().Be("agreements.json:2 $[0].signed (agreement/x)");
        error.Problems[0].Message.Should().Contain("month 13");
    }

    [Fact]
    public void UnknownEnumValue_IsReported()
    {
        var error = LoadFailing("agreements.json", Agreement("", "\"kind\": \"pact\","));

        error.Problems.Should().ContainSingle().Which.Location.Should().Be("agreements.json:1 $[0].kind (agreement/x)");
        error.Problems[0].Message.Should().Be("unknown agreement kind 'pact'; expected one of: treaty, memorandum-of-understanding, agreement, declaration, strategy, regulation, initiative, joint-statement");
    }

    [Fact]
    public void MissingRequiredProperty_IsReportedRatherThanDefaulted()
    {
        var error = LoadFailing("agreements.json", Agreement("", kind: ""));

        error.Problems.Should().ContainSingle().Which.Message.Should().Contain("'kind'");
    }

    [Fact]
    public void UnknownProperty_IsRejected()
    {
        var error = LoadFailing("agreements.json", Agreement(""", "signedBy": "someone" """));

        error.Problems.Should().ContainSingle().Which.Message.Should().Contain("signedBy");
    }

    [Fact]
    public void EmptyQuote_IsReportedWithTheParameter()
    {
        var error = LoadFailing("agreements.json", Agreement("").Replace("Sigrid Arzt", "", StringComparison.Ordinal));

        error.Problems.Should().ContainSingle().Which.Message.Should().Contain("empty");
    }

    [Fact]
    public void DanglingReference_IsReportedWithTheField()
    {
        var error = LoadFailing("agreements.json", Agreement(""", "signatories": ["person/nobody"] """));

        error.Problems.Should().ContainSingle().Which.Location.Should().Be("agreements.json:2 $[0].signatories[0] (agreement/x)");
    }

    [Fact]
    public void DuplicateId_IsReported()
    {
        var json = Agreement("");
        var first = json[..(json.IndexOf("},\n", StringComparison.Ordinal) + 1)];
        var error = LoadFailing("agreements.json", first + "," + json[1..]);

        error.Problems.Should().ContainSingle().Which.Should().Be(new DatasetProblem(
            "agreements.json", 2, "$[1].id", "agreement/x", "the id is used by more than one record (also at agreements.json:1 $[0])"));
    }

    [Fact]
    public void NegativeMoney_IsReported()
    {
        var shipped = Encoding.UTF8.GetString(ShippedFiles()["budget-lines.json"]);
        using var lines = JsonDocument.Parse(shipped);
        var first = lines.RootElement[0].GetProperty("id").GetString();
        var json = new Regex("\"amount\": (?=[0-9])").Replace(shipped, "\"amount\": -", 1);

        var error = LoadFailing("budget-lines.json", json);

        error.Problems.Should().ContainSingle().Which.Location.Should().Contain($"$[0].amount").And.Contain(first);
    }

    [Fact]
    public void InvalidJson_IsReportedWithItsLine()
    {
        var error = LoadFailing("figures.json", "[\n{ \"id\": ");

        error.Problems.Should().ContainSingle().Which.Location.Should().Be("figures.json:2 $[0]");
        error.Problems[0].Message.Should().StartWith("not valid JSON: ");
    }

    [Fact]
    public void EveryProblemInEveryFile_IsReportedAtOnce()
    {
        var files = ShippedFiles();
        files["agreements.json"] = Encoding.UTF8.GetBytes(Agreement(""", "signed": "1996-13" """));
        files["figures.json"] = Encoding.UTF8.GetBytes("{}");
        var load = () => EmbeddedDataset.Validate(name => files[name]);

        load.Should().Throw<DatasetValidationException>().Which.Problems.Should().HaveCount(2);
    }
}
