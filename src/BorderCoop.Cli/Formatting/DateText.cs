using System.Globalization;

namespace BorderCoop.Cli.Formatting;

/// <summary>
/// Dates as a reader should see them: at the precision the source gives, never padded into a false day.
/// <c>1996-03</c> is a month, <c>1996</c> a year, <c>c. 2006</c> an approximate year, <c>FY2011</c> a U.S. fiscal year.
/// </summary>
internal static class DateText
{
    /// <summary>
    /// The text for a reader: the EDTF core of <paramref name="date"/>, with <c>c. </c> in front when approximate;
    /// empty when there is no date.
    /// </summary>
    public static string Of(PartialDate? date)
    {
        if (date is null)
        {
            return string.Empty;
        }

        var core = date.Precision switch
        {
            DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}"),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}"),
            _ => date.Year.ToString("D4", CultureInfo.InvariantCulture),
        };
        return date.IsApproximate ? "c. " + core : core;
    }

    /// <summary>
    /// The text of a period: <c>2006-01 – ongoing</c> for an open end, <c>? – 1993</c> for an unknown start, one date
    /// when the period is a single date.
    /// </summary>
    public static string Of(DateRange? period)
    {
        if (period is null)
        {
            return string.Empty;
        }

        if (period.IsSingleDate)
        {
            return Of(period.Start!);
        }

        var start = period.StartKind switch
        {
            DateBoundKind.Known => Of(period.Start!),
            DateBoundKind.Open => "earlier",
            _ => "?",
        };
        var end = period.EndKind switch
        {
            DateBoundKind.Known => Of(period.End!),
            DateBoundKind.Open => "ongoing",
            _ => "?",
        };
        return $"{start} – {end}";
    }

    /// <summary>The text of a fiscal year: <c>FY2011</c>.</summary>
    public static string Of(FiscalYear fiscalYear) => fiscalYear.ToString();
}
