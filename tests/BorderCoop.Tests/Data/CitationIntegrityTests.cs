using System.Text;
using System.Text.RegularExpressions;

namespace BorderCoop.Tests.Data;

/// <summary>Every quote in the shipped dataset is the exact words of its source.</summary>
public sealed class CitationIntegrityTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    public static TheoryData<string> CitedRecordIds()
    {
        var ids = new TheoryData<string>();
        foreach (var record in Data.Records.OfType<ICitedRecord>())
        {
            ids.Add(record.Id);
        }

        return ids;
    }

    [Theory]
    [MemberData(nameof(CitedRecordIds))]
    public void EveryQuote_IsAByteExactSubstringOfItsSeedFile(string id)
    {
        var record = (ICitedRecord)Data.Find(id)!;
        foreach (var citation in AllCitations(record))
        {
            var source = Data.Get<Source>(citation.SourceId);
            var seed = Repository.ReadSeed(source.FileName);
            var quote = Encoding.UTF8.GetBytes(citation.Quote);

            seed.AsSpan().IndexOf(quote).Should().BeGreaterThanOrEqualTo(0,
                $"the quote of {id} must appear verbatim in seeds/{source.FileName}: \"{citation.Quote}\"");
        }
    }

    [Fact]
    public void EveryQuote_MayBeInItsSource_ByTheEmbeddedFingerprintOfItsText()
    {
        Data.Sources.Should().OnlyContain(s => CuratedSourceTexts.Find(s) != null, "every curated source has a fingerprint");
        var citations = Data.Records.SelectMany(r => RecordContents.Of(r).AllCitations()).ToList();

        citations.Should().NotBeEmpty();
        foreach (var (field, citation) in citations)
        {
            CuratedSourceTexts.Find(Data.Get<Source>(citation.SourceId))!.MayContain(citation.Quote)
                .Should().BeTrue($"{field} quotes {citation.SourceId} verbatim: \"{citation.Quote}\"");
        }
    }

    [Fact]
    public void EveryQuote_ReadsAsItsExactText_LessOnlyMarkdownBackslashEscapes()
    {
        var citations = Data.Records.SelectMany(r => RecordContents.Of(r).AllCitations()).Select(c => c.Citation).ToList();
        var changed = 0;

        foreach (var citation in citations)
        {
            var exact = citation.Quote;
            var readable = citation.ReadableQuote;

            // Written apart from the library: CommonMark's escape (a backslash, then one ASCII punctuation character).
            readable.Should().Be(Regex.Replace(exact, @"\\([!-/:-@\[-`{-~])", "$1"), exact);
            (exact.Length - readable.Length).Should().Be(exact.Count(c => c == '\\') - readable.Count(c => c == '\\'), "only backslashes are removed: " + exact);
            Regex.IsMatch(exact, @"<[^>]*\\|`[^`]*\\").Should().BeFalse($"no backslash sits in an autolink or a code span, where CommonMark keeps it: {exact}");
            changed += readable == exact ? 0 : 1;
        }

        changed.Should().BeGreaterThan(0, "some quotes of the paper write \\$ (the check reaches them)");
    }

    [Fact]
    public void EveryClaimRecord_HasAtLeastOneCitation()
    {
        var claims = Data.Records.OfType<ICitedRecord>().Where(r => r is not Source);

        claims.Should().OnlyContain(r => r.Citations.Count > 0);
        Data.People.SelectMany(p => p.Roles).Should().OnlyContain(r => r.Citations.Count > 0);
        Data.Conflicts.SelectMany(c => c.Versions).Should().OnlyContain(v => v.Citations.Count > 0);
    }

    [Fact]
    public void EverySeedFile_IsUsedBySomeSourceAndCited()
    {
        var seedFiles = Directory.GetFiles(Path.Combine(Repository.Root, "seeds"), "*.txt").Select(Path.GetFileName);
        var citedSources = Data.Records.OfType<ICitedRecord>().SelectMany(AllCitations).Select(c => c.SourceId).ToHashSet();

        Data.Sources.Select(s => s.FileName).Should().BeEquivalentTo(seedFiles);
        citedSources.Should().BeEquivalentTo(Data.Sources.Select(s => s.Id));
    }

    /// <summary>Every citation of a record, nested ones (roles, conflict versions) included: the library's one rule for it.</summary>
    private static IEnumerable<Citation> AllCitations(IRecord record) => RecordContents.Of(record).AllCitations().Select(c => c.Citation);
}
