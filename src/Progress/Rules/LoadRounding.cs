namespace Telehealth.Progress.Rules;

/// <summary>
/// Loads live on the equipment's grid of smallest steps (a pulley's plates, a machine's pins):
/// a suggestion the patient cannot set on their equipment is no use.
/// </summary>
public static class LoadRounding
{
    /// <summary>
    /// The nearest step; exactly half-way goes down, because the smaller change is the safer one.
    /// </summary>
    public static decimal ToNearestStep(decimal kg, decimal step) => RoundHalfDown(kg / Require(step)) * step;

    public static decimal DownToStep(decimal kg, decimal step) => Math.Floor(kg / Require(step)) * step;

    public static decimal UpToStep(decimal kg, decimal step) => Math.Ceiling(kg / Require(step)) * step;

    /// <summary>Whole-number rounding with ties going down, for the same reason as <see cref="ToNearestStep"/>.</summary>
    public static decimal RoundHalfDown(decimal value) => Math.Ceiling(value - 0.5m);

    private static decimal Require(decimal step) =>
        step > 0 ? step : throw new InvalidRuleInputException(nameof(ProgrammeItemDosage.LoadStepKg), $"{step} is not a usable load step; it must be above 0");
}
