namespace Telehealth.Progress.Rules;

/// <summary>
/// Sessions done against sessions planned over the last <see cref="Days"/> days. Sessions
/// whose window is still open and unreported are <see cref="Pending"/>: not yet missed, so
/// not yet planned-and-missed either.
/// </summary>
public sealed record AdherenceWindow(int Days, int Done, int Missed, int Pending)
{
    public int Planned => Done + Missed;

    /// <summary>Done / planned, 0–1; null when nothing was planned, because 0 of 0 is not 0 %.</summary>
    public decimal? Rate => Planned == 0 ? null : (decimal)Done / Planned;
}
