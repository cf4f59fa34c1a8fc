using System.Globalization;

namespace TruckFactor.Harvest.Validation;

/// <summary>Reads the dates users give, on the command line and in harvest requests, the same way.</summary>
public static class RequestDates
{
    /// <summary>Parses a date such as <c>2016-11-30</c> or <c>2016-11-30T12:00:00+01:00</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The instant; a date without a zone is read as UTC.</param>
    /// <returns>True when the text is a date.</returns>
    public static bool TryParse(string? text, out DateTimeOffset date)
    {
        // A date without a zone is read as UTC, so the same command gives the same commit on every machine.
        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out date);
    }
}
