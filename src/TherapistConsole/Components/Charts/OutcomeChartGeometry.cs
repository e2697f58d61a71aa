namespace Telehealth.TherapistConsole.Components.Charts;

/// <summary>Where things go on an outcome chart: the scale's 0 at the bottom, questionnaires left to right, oldest first.</summary>
public sealed record OutcomeChartGeometry(int Readings, double Highest)
{
    public const double Width = 640;
    public const double Height = 240;
    public const double Left = 44;
    public const double Right = 190;
    public const double Top = 12;
    public const double Bottom = 36;

    public static double PlotWidth => Width - Left - Right;

    public static double PlotHeight => Height - Top - Bottom;

    public double Y(double score) => Top + (Highest - Math.Clamp(score, 0, Highest)) / Highest * PlotHeight;

    /// <summary>The centre of reading <paramref name="index"/>'s column.</summary>
    public double X(int index) => Left + (index + 0.5) * PlotWidth / Math.Max(Readings, 1);
}
