namespace Telehealth.TherapistConsole.Components.Charts;

/// <summary>
/// A chart's drawing: the whole picture, the margins around the plot for axes and labels, values
/// upwards from 0, and columns left to right, each mark at the centre of its column.
/// </summary>
public sealed record ChartFrame(double Width, double Height, double Left, double Right, double Top = 12, double Bottom = 36)
{
    public double PlotWidth => Width - Left - Right;

    public double PlotHeight => Height - Top - Bottom;

    /// <summary>Where <paramref name="value"/> sits on a scale from 0 to <paramref name="highest"/>.</summary>
    public double Y(double value, double highest) => Top + (highest - Math.Clamp(value, 0, highest)) / highest * PlotHeight;

    /// <summary>The centre of column <paramref name="index"/> of <paramref name="columns"/>.</summary>
    public double X(int index, int columns) => Left + (index + 0.5) * PlotWidth / Math.Max(columns, 1);
}
