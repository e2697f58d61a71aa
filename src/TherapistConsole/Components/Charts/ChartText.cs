using System.Globalization;

namespace Telehealth.TherapistConsole.Components.Charts;

/// <summary>Text inside the charts' SVG: numbers as SVG reads them, days as the axes show them.</summary>
public static class ChartText
{
    // SVG wants a dot for the decimal point, whatever the culture.
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The day of a reading as its own offset has it: readings come already in the therapist's time zone.</summary>
    public static string Day(DateTimeOffset at) => at.ToString("d MMM", CultureInfo.InvariantCulture);
}
