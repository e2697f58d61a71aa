using Telehealth.TherapistConsole.Wording;

namespace Telehealth.TherapistConsole.Components.Charts;

/// <summary>
/// Where things go on the pain chart: 0–10 upwards, sessions left to right, oldest first. A band
/// covers its scores and half a point either side, so a 2 sits inside "safe" and a 3 inside "acceptable".
/// </summary>
public sealed record PainChartGeometry(int Sessions)
{
    /// <summary>The right margin holds the bands' names.</summary>
    public static readonly ChartFrame Frame = new(Width: 640, Height: 260, Left: 44, Right: 150);

    public static double Y(double pain) => Frame.Y(pain, PainBands.Highest);

    /// <summary>The centre of session <paramref name="index"/>'s column.</summary>
    public double X(int index) => Frame.X(index, Sessions);

    /// <summary>The band's top and height on the chart.</summary>
    public static (double Top, double Height) Band(PainBand band)
    {
        var (low, high) = PainBands.Range(band);
        var top = Y(Math.Min(high + 0.5, PainBands.Highest));
        var bottom = Y(Math.Max(low - 0.5, 0));
        return (top, bottom - top);
    }
}
