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
    public static string Of(PartialDate? date) => Display.Date(date);

    /// <summary>A period as the library's <see cref="Display.Period"/> prints it.</summary>
    /// <param name="period">The period, or null.</param>
    /// <returns>The text.</returns>
    public static string Of(DateRange? period) => Display.Period(period);

    public static string Of(FiscalYear fiscalYear) => fiscalYear.ToString();
}
