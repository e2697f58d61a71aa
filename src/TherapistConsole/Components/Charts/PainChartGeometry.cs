using Telehealth.TherapistConsole.Wording;

namespace Telehealth.TherapistConsole.Components.Charts;

/// <summary>
/// Where things go on the pain chart: 0–10 upwards, sessions left to right, oldest first. A band
/// covers its scores and half a point either side, so a 2 sits inside "safe" and a 3 inside "acceptable".
/// </summary>
public sealed record PainChartGeometry(int Sessions)
{
    public const double Width = 640;
    public const double Height = 260;
    public const double Left = 44;
    public const double Right = 150;
    public const double Top = 12;
    public const double Bottom = 36;

    public static double PlotWidth => Width - Left - Right;

    public static double PlotHeight => Height - Top - Bottom;

    public static double Y(double pain) => Top + (PainBands.Highest - Math.Clamp(pain, 0, PainBands.Highest)) / PainBands.Highest * PlotHeight;

    /// <summary>The centre of session <paramref name="index"/>'s column.</summary>
    public double X(int index) => Left + (index + 0.5) * PlotWidth / Math.Max(Sessions, 1);

    /// <summary>The band's top and height on the chart.</summary>
    public static (double Top, double Height) Band(PainBand band)
    {
        var (low, high) = PainBands.Range(band);
        var top = Y(Math.Min(high + 0.5, PainBands.Highest));
        var bottom = Y(Math.Max(low - 0.5, 0));
        return (top, bottom - top);
    }
}
