namespace Telehealth.TherapistConsole.Components.Charts;

/// <summary>Where things go on an outcome chart: the scale's 0 at the bottom, questionnaires left to right, oldest first.</summary>
public sealed record OutcomeChartGeometry(int Readings, double Highest)
{
    /// <summary>The right margin holds the baseline's and the threshold's labels.</summary>
    public static readonly ChartFrame Frame = new(Width: 640, Height: 240, Left: 44, Right: 190);

    public double Y(double score) => Frame.Y(score, Highest);

    /// <summary>The centre of reading <paramref name="index"/>'s column.</summary>
    public double X(int index) => Frame.X(index, Readings);
}
