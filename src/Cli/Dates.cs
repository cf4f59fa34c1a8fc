using TruckFactor.Analysis.Errors;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Cli;

/// <summary>Reads dates given on the command line.</summary>
internal static class Dates
{
    /// <summary>Parses a date such as <c>2016-11-30</c> or <c>2016-11-30T12:00:00+01:00</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="option">The option it came from, for the message.</param>
    /// <returns>The instant; a date without a zone is read as UTC.</returns>
    /// <exception cref="TruckFactorException">The text is not a date.</exception>
    public static DateTimeOffset Parse(string text, string option)
    {
        return RequestDates.TryParse(text, out var date)
            ? date
            : throw new TruckFactorException(
                $"{option} '{text}' is not a date. Write it as 2016-11-30 or 2016-11-30T12:00:00+01:00.");
    }
}
