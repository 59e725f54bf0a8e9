using NodaTime;

namespace BorderCoop.Tests.Indexing;

/// <summary>The internal indexes answer exactly what a plain scan would, and name lookups do not allocate.</summary>
public sealed class IndexStructureTests
{
    [Fact]
    public void IntervalIndex_FindsExactlyTheOverlappingSpans_InStartOrder()
    {
        var random = new Random(20261123);
        var origin = new LocalDate(1950, 1, 1);
        var spans = Enumerable.Range(0, 2000).Select(i =>
        {
            var start = origin.PlusDays(random.Next(0, 25000));
            return (Id: i, Start: start, End: start.PlusDays(random.Next(0, random.Next(2) == 0 ? 30 : 5000)));
        }).ToList();
        var index = new IntervalIndex<(int Id, LocalDate Start, LocalDate End)>(spans, s => (s.Start, s.End));

        for (var query = 0; query < 500; query++)
        {
            var first = origin.PlusDays(random.Next(-100, 25100));
            var last = first.PlusDays(random.Next(0, 400));
            var found = new List<(int Id, LocalDate Start, LocalDate End)>();
            index.Overlapping(first, last, found);

            var expected = spans.Where(s => s.Start <= last && s.End >= first).OrderBy(s => s.Start).ThenBy(s => s.Id);
            found.Should().Equal(expected, $"for {first}..{last}");
        }
    }

    [Fact]
    public void IntervalIndex_LeavesOutItemsWithNoSpan_AndHandlesEmptyInput()
    {
        var index = new IntervalIndex<string>(["dated", "undated"], s => s == "dated" ? (new LocalDate(2000, 1, 1), new LocalDate(2000, 12, 31)) : null);
        var found = new List<string>();

        index.Overlapping(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, found);

        found.Should().Equal("dated");
        index.Count.Should().Be(1);
        new IntervalIndex<string>([], _ => null).Count.Should().Be(0);
    }

    [Theory]
    [InlineData("PGR")]
    [InlineData("  Attorney General's Office ")]
    [InlineData("D.E.A.")]
    [InlineData("border-patrol / U.S.")]
    [InlineData("")]
    [InlineData("...")]
    [InlineData("a1 b2\tc3")]
    public void AsciiFolding_OnTheStack_EqualsTheGeneralFolding(string text)
    {
        Span<char> buffer = stackalloc char[128];

        TextKey.TryFoldAscii(text, buffer, out var written).Should().BeTrue();

        buffer[..written].ToString().Should().Be(TextKey.Fold(text));
    }

    [Fact]
    public void AsciiFolding_EqualsTheGeneralFolding_ForEveryAsciiNameInTheDataset()
    {
        var names = BorderCoopData.Default.Agencies
            .SelectMany(a => new[] { a.EnglishName, a.SpanishName }.Concat(a.EnglishAcronyms).Concat(a.SpanishAcronyms).Concat(a.Aliases))
            .Concat(BorderCoopData.Default.People.SelectMany(p => p.Aliases.Append(p.Name)))
            .OfType<string>()
            .Where(n => n.All(char.IsAscii))
            .ToList();
        Span<char> buffer = stackalloc char[256];

        names.Should().HaveCountGreaterThan(50);
        foreach (var name in names)
        {
            TextKey.TryFoldAscii(name, buffer, out var written).Should().BeTrue(name);
            buffer[..written].ToString().Should().Be(TextKey.Fold(name), name);
        }
    }

    [Fact]
    public void AsciiFolding_DeclinesAccentsAndTextTooLongForTheBuffer()
    {
        Span<char> small = stackalloc char[3];

        TextKey.TryFoldAscii("Procuraduría", stackalloc char[64], out _).Should().BeFalse();
        TextKey.TryFoldAscii("abcd", small, out _).Should().BeFalse();
    }

    [Fact]
    public void LookupsByIdAndAsciiName_DoNotAllocate()
    {
        var data = TestRecords.Data(
            TestRecords.Agency("mx-pgr", "Attorney General's Office", "Procuraduría General de la República", ["PGR"]),
            TestRecords.Agency("us-usbp", "United States Border Patrol", acronyms: ["USBP"], aliases: ["Border Patrol"]),
            TestRecords.Agency("us-dea", "Drug Enforcement Administration", acronyms: ["DEA", "D.E.A."]),
            TestRecords.Person("felipe-calderon", "Felipe Calderón", "Calderon"));
        data.FindAgencies("pgr"); // build the index first
        data.FindPeople("Calderon");
        data.Find("agency/mx-pgr");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = data.FindAgencies("Border Patrol").Count + data.FindAgencies("D.E.A.").Count + data.FindPeople("Calderon").Count;
        var record = data.Find("agency/mx-pgr");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        found.Should().Be(3);
        record.Should().NotBeNull();
        allocated.Should().Be(0);
    }
}
