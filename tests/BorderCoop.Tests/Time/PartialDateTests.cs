using CsCheck;
using NodaTime;

namespace BorderCoop.Tests.Time;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1996", DatePrecision.Year, false)]
    [InlineData("1996-03", DatePrecision.Month, false)]
    [InlineData("1996-01-14", DatePrecision.Day, false)]
    [InlineData("2009~", DatePrecision.Year, true)]
    [InlineData("1996-01~", DatePrecision.Month, true)]
    public void Parse_ReadsPrecisionAndApproximationAndRoundTrips(string text, DatePrecision precision, bool approximate)
    {
        var date = PartialDate.Parse(text);

        date.Precision.Should().Be(precision);
        date.IsApproximate.Should().Be(approximate);
        date.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("1996-13")]
    [InlineData("1996-00")]
    [InlineData("1997-02-29")]
    [InlineData("1996-04-31")]
    [InlineData("0000")]
    [InlineData("96")]
    [InlineData("1996/03")]
    [InlineData("1996-3")]
    [InlineData("c. 1996")]
    [InlineData("")]
    public void Parse_RejectsImpossibleOrMalformedDates(string text)
    {
        var parse = () => PartialDate.Parse(text);

        parse.Should().Throw<FormatException>().Which.Message.Should().Contain(text.Length == 0 ? "empty" : text);
    }

    [Theory]
    [InlineData("9999-11~")]
    [InlineData("9999-12~")]
    [InlineData("9999-12-31~")]
    [InlineData("[..9999-11~]")]
    [InlineData("0001-01~")]
    [InlineData("0001-01-01~")]
    public void Parse_AnApproximateDateAtTheEdgeOfTheCalendar_StaysWithinIt(string text)
    {
        var date = PartialDate.Parse(text);

        date.EarliestDay.Should().BeLessThanOrEqualTo(date.LatestDay);
        date.LatestDay.Should().BeLessThanOrEqualTo(new LocalDate(PartialDate.MaximumYear, 12, 31));
    }

    [Fact]
    public void Parse_AcceptsTheLeapDayOfALeapYear()
    {
        PartialDate.Parse("1996-02-29").End.Should().Be(new LocalDate(1996, 2, 29));
    }

    [Fact]
    public void FromYearMonth_RejectsMonthThirteen_NamingTheParameter()
    {
        var create = () => PartialDate.FromYearMonth(1996, 13);

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("month");
    }

    [Fact]
    public void FromDate_RejectsTheThirtiethOfFebruary_NamingTheParameter()
    {
        var create = () => PartialDate.FromDate(2010, 2, 30);

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("day");
    }

    [Fact]
    public void ToDateInterval_CoversEveryDayTheDateCouldBe()
    {
        (PartialDate.FromYear(1996).ToDateInterval() == new DateInterval(new LocalDate(1996, 1, 1), new LocalDate(1996, 12, 31))).Should().BeTrue();
        (PartialDate.FromYearMonth(1996, 2).ToDateInterval() == new DateInterval(new LocalDate(1996, 2, 1), new LocalDate(1996, 2, 29))).Should().BeTrue();
        PartialDate.FromDate(1996, 1, 14).ToDateInterval().Length.Should().Be(1);
    }

    [Fact]
    public void Contains_TestsDaysAndNarrowerDatesAgainstTheCoveredSpan()
    {
        var year = PartialDate.FromYear(1989);

        year.Contains(new LocalDate(1989, 1, 1)).Should().BeTrue();
        year.Contains(new LocalDate(1990, 1, 1)).Should().BeFalse();
        year.Contains(PartialDate.FromYearMonth(1989, 6)).Should().BeTrue();
        PartialDate.FromYearMonth(1989, 6).Contains(year).Should().BeFalse();
    }

    [Fact]
    public void Ordering_PutsWiderSpansFirstAtTheSameStartAndExactBeforeApproximate()
    {
        var dates = new[] { "1996-01-01", "1996-01", "1996~", "1996", "1995-12-31", "1996-01-02" }.Select(PartialDate.Parse).ToList();

        dates.Sort();

        dates.Select(d => d.ToString()).Should().Equal("1995-12-31", "1996", "1996~", "1996-01", "1996-01-01", "1996-01-02");
    }

    [Fact]
    public void Operators_AgreeWithCompareTo_AndNullSortsFirst()
    {
        var march = PartialDate.FromYearMonth(1996, 3);
        var april = PartialDate.FromYearMonth(1996, 4);

        (march < april).Should().BeTrue();
        (april >= march).Should().BeTrue();
        (null < march).Should().BeTrue();
        march.CompareTo(null).Should().BePositive();
    }

    [Fact]
    public void Equality_ComparesPrecisionAndApproximation()
    {
        PartialDate.Parse("1996").Should().Be(PartialDate.FromYear(1996));
        PartialDate.Parse("1996").Should().NotBe(PartialDate.Parse("1996~"));
        PartialDate.Parse("1996-01").Should().NotBe(PartialDate.Parse("1996-01-01"));
    }

    [Fact]
    public void Comparing_AllocatesNothing_EvenWhenOnlyTheQualifiersDiffer()
    {
        var onOrAfter = PartialDate.Parse("[2007-01..]");
        var onOrBefore = PartialDate.Parse("[..2007-01]");
        onOrAfter.CompareTo(onOrBefore).Should().NotBe(0, "only the qualifiers tell them apart");

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0;
        for (var i = 0; i < 1000; i++)
        {
            sum += onOrAfter.CompareTo(onOrBefore) + onOrBefore.CompareTo(onOrAfter);
        }

        (GC.GetAllocatedBytesForCurrentThread() - allocated).Should().Be(0, "window queries sort tens of thousands of matches by these dates");
        sum.Should().Be(0);
    }

    /// <summary>Partial dates of every shape: years at the calendar's edges, every precision, approximate, bounds.</summary>
    private static readonly Gen<PartialDate> AnyDate =
        from year in Gen.OneOf(Gen.Int[1, 3], Gen.Int[1990, 2010], Gen.Int[9997, 9999])
        from month in Gen.Int[0, 12]
        from day in Gen.Int[0, 31]
        from approximate in Gen.Bool
        from qualifier in Gen.Int[0, 2]
        let text = $"{year:D4}" + (month == 0 ? "" : $"-{month:D2}" + (day == 0 || day > DateTime.DaysInMonth(year, month) ? "" : $"-{day:D2}"))
        select PartialDate.Parse(qualifier switch
        {
            1 => $"[..{text}]",
            2 => $"[{text}..]",
            _ => approximate ? text + "~" : text,
        });

    [Fact]
    public void CompareTo_FollowsTheDocumentedRules_AndIsZeroExactlyForEqualDates()
    {
        // The rules spelled out one by one, as the documentation states them; CompareTo packs them into one number.
        static int ByTheRules(PartialDate a, PartialDate b)
        {
            static LocalDate FirstNamed(PartialDate d) => new(d.Year, d.Month ?? 1, d.Day ?? 1);
            static LocalDate LastNamed(PartialDate d) => d.Day is not null ? FirstNamed(d)
                : new LocalDate(d.Year, d.Month ?? 12, DateTime.DaysInMonth(d.Year, d.Month ?? 12));

            var byStart = FirstNamed(a).CompareTo(FirstNamed(b));
            var byEnd = LastNamed(b).CompareTo(LastNamed(a));
            var byBound = b.IsBound.CompareTo(a.IsBound);
            var byApproximate = a.IsApproximate.CompareTo(b.IsApproximate);
            var byQualifier = ((int)a.Qualifier).CompareTo((int)b.Qualifier);
            return byStart != 0 ? byStart : byEnd != 0 ? byEnd : byBound != 0 ? byBound : byApproximate != 0 ? byApproximate : byQualifier;
        }

        // Half the pairs are two parses of the same text, so that equal dates are tried as often as different ones.
        var pairs = Gen.Select(AnyDate, AnyDate, Gen.Bool).Select((a, b, same) => (A: a, B: same ? PartialDate.Parse(a.ToString()) : b));
        pairs.Sample(pair =>
            Math.Sign(pair.A.CompareTo(pair.B)) == Math.Sign(ByTheRules(pair.A, pair.B))
            && (pair.A.CompareTo(pair.B) == 0) == pair.A.Equals(pair.B)
            && Math.Sign(pair.A.CompareTo(pair.B)) == -Math.Sign(pair.B.CompareTo(pair.A)), iter: 20_000);
    }
}
