using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BorderCoop.Tests.Schema;

/// <summary>
/// The committed JSON Schema is what the types generate, the shipped data and the export conform to it, and it
/// rejects what the loader rejects wherever a schema can tell.
/// </summary>
public sealed class SchemaTests
{
    private static readonly string SchemaFile = Path.Combine(Repository.Root, ContractSchema.RepositoryPath);

    private static readonly Lazy<SchemaValidator> Validator = new(() => new SchemaValidator(JsonNode.Parse(File.ReadAllText(SchemaFile))!));

    [Fact]
    public void CommittedSchema_IsWhatTheTypesGenerate()
    {
        var generated = ContractSchema.GenerateText();
        if (Environment.GetEnvironmentVariable("BORDERCOOP_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaFile, generated);
        }

        var committed = File.Exists(SchemaFile) ? File.ReadAllText(SchemaFile).ReplaceLineEndings("\n") : "(missing)";
        committed.Should().Be(generated,
            $"{ContractSchema.RepositoryPath} must match the types; after changing them, regenerate it with "
            + "BORDERCOOP_UPDATE_SCHEMA=1 dotnet test tests/BorderCoop.Tests --filter CommittedSchema_IsWhatTheTypesGenerate, and review the diff");
    }

    public static TheoryData<string> ShippedFiles() =>
        [.. Directory.GetFiles(Path.GetDirectoryName(Repository.DataFile("x"))!, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void EveryShippedFile_ConformsToTheSchema_AsItsFamilyOfADocument(string fileName)
    {
        var family = JsonNamingPolicy.CamelCase.ConvertName(string.Concat(Path.GetFileNameWithoutExtension(fileName).Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])));
        using var document = JsonDocument.Parse($"{{ \"{family}\": {File.ReadAllText(Repository.DataFile(fileName))} }}");

        Validator.Value.Validate(document.RootElement).Should().BeEmpty();
        document.RootElement.GetProperty(family).GetArrayLength().Should().BePositive();
    }

    [Fact]
    public void TheExportOfTheDefaultDataset_ConformsToTheSchema()
    {
        using var export = new MemoryStream();
        BorderCoopData.Default.WriteJson(export);
        using var document = JsonDocument.Parse(export.ToArray());

        Validator.Value.Validate(document.RootElement).Should().BeEmpty();
    }

    [Theory]
    [InlineData("my-cases.json")]
    [InlineData("self-contained.json")]
    public void TheValidUserFiles_ConformToTheSchema(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "UserData", fileName)));

        Validator.Value.Validate(document.RootElement).Should().BeEmpty();
    }

    [Theory]
    [InlineData("top-level-array.json", "$: expected object, found array")]
    [InlineData("unknown-family.json", "$: property 'extraditionCase' is not allowed")]
    [InlineData("unknown-property.json", "$.extraditionCases[0]: property 'lawyer' is not allowed")]
    [InlineData("type-name-property.json", "$.extraditionCases[0]: property '$type' is not allowed")]
    [InlineData("string-for-number.json", "$.budgetLines[0].amount.amount: expected number, found string")]
    [InlineData("month-13.json", "$.extraditionCases[0].arrested: \"1996-13\" does not match")]
    [InlineData("february-30.json", "$.extraditionCases[0].arrested: \"2009-02-30\" does not match")]
    [InlineData("negative-money.json", "$.budgetLines[0].amount.amount: -1000000 is less than 0")]
    [InlineData("currency-code-format.json", "$.budgetLines[0].amount.currency: \"US$\" does not match ^(?:[A-Z]{3})$")]
    [InlineData("whitespace-quote.json", "$.extraditionCases[0].citations[1].quote: \" \t \" does not match ^(?:(?=")]
    [InlineData("zero-width-notes.json", "$.extraditionCases[0].notes: ")]
    [InlineData("nul-in-charges.json", "$.extraditionCases[0].charges[0]: ")]
    [InlineData("missing-citations.json", "$.extraditionCases[0]: required property 'citations' is missing")]
    [InlineData("missing-nested-qualifier.json", "$.extraditionFigures[0].value: required property 'qualifier' is missing")]
    [InlineData("unknown-enum.json", "$.extraditionCases[0].outcome: \"extradited\" is not one of")]
    [InlineData("malformed-id.json", "$.extraditionCases[0].id: \"extradition-case/Juan_Perez\" does not match ^(?:extradition-case/")]
    [InlineData("fiscal-year-format.json", "$.budgetLines[0].fiscalYear: \"FY97\" does not match ^(?:FY")]
    [InlineData("null-in-list.json", "$.extraditionCases[0].charges[1]: expected string, found null")]
    public void MalformedFiles_AreRejectedByTheSchemaToo(string fileName, string expectedError)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "Malformed", fileName)));

        Validator.Value.Validate(document.RootElement).Should().ContainSingle().Which.Should().StartWith(expectedError);
    }

    [Theory]
    [InlineData("period-end-before-start.json")]
    [InlineData("dangling-agency.json")]
    [InlineData("duplicate-embedded-id.json")]
    [InlineData("same-countries.json")]
    public void WhatOnlyTheLoaderCanTell_PassesTheSchema(string fileName)
    {
        // The order of dates, references and ids across records are beyond a JSON Schema; the loader checks them.
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "Malformed", fileName)));

        Validator.Value.Validate(document.RootElement).Should().BeEmpty();
        FluentActions.Invoking(() => BorderCoopData.Default.ExtendFile(Path.Combine(AppContext.BaseDirectory, "Data", "Malformed", fileName)))
            .Should().Throw<DatasetValidationException>();
    }

    [Fact]
    public void TheValidator_RefusesKeywordsItDoesNotImplement()
    {
        var validator = new SchemaValidator(JsonNode.Parse("""{ "type": "object", "oneOf": [] }""")!);
        using var document = JsonDocument.Parse("{}");

        FluentActions.Invoking(() => validator.Validate(document.RootElement)).Should().Throw<NotSupportedException>().WithMessage("*oneOf*");
    }

    [Fact]
    public void TheSchemaFile_IsPackedAsContent_NotEmbedded()
    {
        var project = File.ReadAllText(Path.Combine(Repository.Root, "src", "BorderCoop", "BorderCoop.csproj"));

        project.Should().Contain("<None Include=\"Schema\\bordercoop.schema.json\" Pack=\"true\"");
        Encoding.UTF8.GetString(File.ReadAllBytes(SchemaFile)).Should().StartWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }
}
