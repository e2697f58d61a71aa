using System.Globalization;

namespace Telehealth.TherapistConsole.Components.Charts;

/// <summary>Text inside the charts' SVG: numbers as SVG reads them, days as the axes show them.</summary>
public static class ChartText
{
    // SVG wants a dot for the decimal point, whatever the culture.
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMM", CultureInfo.InvariantCulture);
}
