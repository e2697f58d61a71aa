using System.Globalization;

namespace Telehealth.Progress.Rules;

/// <summary>Numbers in explanations, written the same way everywhere and independent of the server's culture.</summary>
internal static class Wording
{
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Kg(decimal kg) => $"{Number(kg)} kg";

    public static string Seconds(int seconds) => $"{seconds} s";

    public static string Minutes(int minutes) => Count(minutes, "minute", "minutes");

    public static string Points(decimal points) => points == 1 ? "1 point" : $"{Number(points)} points";

    public static string Percent(decimal fraction) =>
        $"{Math.Round(fraction * 100m, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)} %";

    public static string Count(int count, string singular, string plural) =>
        count == 1 ? $"1 {singular}" : $"{count.ToString(CultureInfo.InvariantCulture)} {plural}";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
