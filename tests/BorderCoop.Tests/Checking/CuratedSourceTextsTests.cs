using System.Text;

namespace BorderCoop.Tests.Checking;

/// <summary>
/// A user's record that cites a curated source with words the source does not have is reported, located at the quote;
/// quotes that are in the source, too short to check, or of a user's own source are not.
/// </summary>
public sealed class CuratedSourceTextsTests
{
    private const string Arzt = "source/arzt-security-collaboration";
    private const string ArztFile = "002_ae7b42bd985a09c6.txt";
    private const string InTheSource = "Garcia Abrego was arrested on January 14, 1996 at a ranch near Monterrey";
    private const string OneWordChanged = "Garcia Abrego was detained on January 14, 1996 at a ranch near Monterrey";
    private const string NotInItMessage = $"the quote is not in {Arzt} ({ArztFile}): no passage of that source has these words";

    private static BorderCoopData Extend(string json) =>
        BorderCoopData.Default.Extend(new MemoryStream(Encoding.UTF8.GetBytes(json)), "mine.json");

    private static DatasetValidationException ExtendFailing(string json)
    {
        var extend = () => Extend(json);
        return extend.Should().Throw<DatasetValidationException>().Which;
    }

    /// <summary>A user's extradition case (lines 3–11) whose only citation (line 9) names <paramref name="source"/>.</summary>
    private static string UserCase(string quote, string source = Arzt, string before = "") => $$"""
        {
          {{before}}"extraditionCases": [
            {
              "id": "extradition-case/mine",
              "person": "person/juan-garcia-abrego",
              "from": "MX", "to": "US", "mechanism": "extradition", "outcome": "surrendered",
              "citations": [
                { "source": "{{source}}", "quote": "Sigrid Arzt" },
                { "source": "{{source}}", "quote": "{{quote}}" }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void Extend_AQuoteThatIsInTheCuratedSource_Loads()
    {
        var data = Extend(UserCase(InTheSource));

        data.Get<ExtraditionCase>("extradition-case/mine").Citations[1].Quote.Should().Be(InTheSource);
    }

    [Fact]
    public void Extend_AQuoteWithOneWordChanged_IsReportedAtTheQuote()
    {
        var error = ExtendFailing(UserCase(OneWordChanged));

        var problem = error.Problems.Should().ContainSingle().Which;
        problem.File.Should().Be("mine.json");
        problem.Line.Should().Be(9);
        problem.JsonPath.Should().Be("$.extraditionCases[0].citations[1].quote");
        problem.RecordId.Should().Be("extradition-case/mine");
        problem.Message.Should().Be(NotInItMessage);
    }

    [Fact]
    public void Extend_WrongQuotesInAPersonsRoleAndInAConflictVersion_AreReportedAtTheirNestedPaths()
    {
        var error = ExtendFailing($$"""
            {
              "people": [
                {
                  "id": "person/mine",
                  "name": "Mine",
                  "roles": [
                    {
                      "title": "President of Mexico",
                      "citations": [{ "source": "{{Arzt}}", "quote": "President Calderon took office in January, 2006" }]
                    }
                  ],
                  "citations": [{ "source": "{{Arzt}}", "quote": "President Calderon took office in December, 2006" }]
                }
              ],
              "conflicts": [
                {
                  "id": "conflict/mine",
                  "title": "When",
                  "explanation": "Two dates.",
                  "records": ["person/mine"],
                  "versions": [
                    { "statement": "2006", "citations": [{ "source": "{{Arzt}}", "quote": "President Calderon took office in December, 2006" }] },
                    { "statement": "2007", "citations": [{ "source": "{{Arzt}}", "quote": "President Calderon took office in December 2006" }] }
                  ]
                }
              ]
            }
            """);

        error.Problems.Select(p => $"{p.Line} {p.JsonPath} ({p.RecordId}): {p.Message}").Should().Equal(
            $"9 $.people[0].roles[0].citations[0].quote (person/mine): {NotInItMessage}",
            $"23 $.conflicts[0].versions[1].citations[0].quote (conflict/mine): {NotInItMessage}");
    }

    [Fact]
    public void Extend_AQuoteShorterThanAWindow_IsNotChecked()
    {
        const string Short = "Zq9 xw!";

        Encoding.UTF8.GetByteCount(Short).Should().BeLessThan(SourceFingerprint.WindowLength);
        Extend(UserCase(Short)).Get<ExtraditionCase>("extradition-case/mine").Citations[1].Quote.Should().Be(Short);
    }

    [Fact]
    public void Extend_AQuoteOfTheUsersOwnSource_IsNeverChecked()
    {
        var ownSource = $$"""
            "sources": [{ "id": "source/mine", "description": "Mine.", "kind": "analysis", "file": "{{ArztFile}}" }],
            """;

        var data = Extend(UserCase(OneWordChanged, source: "source/mine", before: ownSource));

        data.Get<ExtraditionCase>("extradition-case/mine").Citations[1].SourceId.Should().Be("source/mine");
    }

    [Fact]
    public void Load_ASourceThatReusesACuratedIdForAnotherFile_IsNotChecked()
    {
        var json = UserCase(OneWordChanged, before: $$"""
            "sources": [{ "id": "{{Arzt}}", "description": "Another text.", "kind": "analysis", "file": "my-own-notes.txt" }],
            "people": [{ "id": "person/juan-garcia-abrego", "name": "Juan", "citations": [{ "source": "{{Arzt}}", "quote": "Juan" }] }],
            """);

        var data = BorderCoopData.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "mine.json");

        data.ExtraditionCases.Should().ContainSingle();
    }

    [Fact]
    public void Load_ACuratedSourceCopiedIntoTheFile_IsChecked()
    {
        var json = UserCase(OneWordChanged, before: $$"""
            "sources": [{ "id": "{{Arzt}}", "description": "The curated source, exported.", "kind": "academic-paper", "file": "{{ArztFile}}" }],
            "people": [{ "id": "person/juan-garcia-abrego", "name": "Juan", "citations": [{ "source": "{{Arzt}}", "quote": "Juan" }] }],
            """);

        var load = () => BorderCoopData.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "mine.json");

        load.Should().Throw<DatasetValidationException>().Which.Problems.Should().ContainSingle()
            .Which.JsonPath.Should().Be("$.extraditionCases[0].citations[1].quote");
    }

    [Fact]
    public void Create_RecordsBuiltInCode_AreCheckedToo()
    {
        var source = BorderCoopData.Default.Get<Source>(Arzt);
        var person = BorderCoopData.Default.Get<Person>("person/juan-garcia-abrego");
        var mine = new ExtraditionCase(
            "extradition-case/mine", person.Id, "MX", "US", ExtraditionMechanism.Extradition, null, null, null, null, null,
            ExtraditionOutcome.Surrendered, null, null, null, [new Citation(Arzt, OneWordChanged)]);

        var create = () => BorderCoopData.Create([source, person, mine]);

        create.Should().Throw<DatasetValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Be(NotInItMessage);
    }

    [Fact]
    public void Find_NeedsBothTheIdAndTheFileOfACuratedSource()
    {
        var curated = BorderCoopData.Default.Get<Source>(Arzt);

        CuratedSourceTexts.Find(curated).Should().NotBeNull().And.Match<SourceFingerprint>(f => f.FileName == ArztFile);
        CuratedSourceTexts.Find(new Source(Arzt, null, "d", null, null, null, SourceKind.Analysis, null, "other.txt", null)).Should().BeNull();
        CuratedSourceTexts.Find(new Source("source/other", null, "d", null, null, null, SourceKind.Analysis, null, ArztFile, null)).Should().BeNull();
    }
}
