using Telehealth.Contracts.Progress.V1;

namespace Telehealth.TherapistConsole.Wording;

/// <summary>
/// An outcome questionnaire's scale as the console draws it: its range, where its ticks go, and
/// its minimal important change. Lower is better on both. The minimal important changes are
/// CLINICAL.md's defaults (Ostelo et al., Spine 2008), drawn as a line; whether a score reached
/// it is the progress service's verdict, which follows the clinic's own setting.
/// </summary>
public sealed record OutcomeScale(OutcomeMeasure Measure, string Name, string ShortName, double Highest, double TickStep, double MinimalImportantChange, string Unit)
{
    public static readonly OutcomeScale Oswestry = new(OutcomeMeasure.OswestryDisabilityIndex, "Oswestry Disability Index", "ODI", 100, 20, 10, " %");

    public static readonly OutcomeScale RolandMorris = new(OutcomeMeasure.RolandMorris, "Roland-Morris", "Roland-Morris", 24, 6, 5, "");

    public static IReadOnlyList<OutcomeScale> All { get; } = [Oswestry, RolandMorris];

    public IEnumerable<double> Ticks => Enumerable.Range(0, (int)(Highest / TickStep) + 1).Select(step => step * TickStep);

    /// <summary>A score with its unit: "46 %", "12".</summary>
    public string Score(double score) => $"{Number(score)}{Unit}";

    /// <summary>A change in points, signed: "−16 points", "+3 points".</summary>
    public static string Change(double change) => change switch
    {
        < 0 => $"−{Number(-change)} {Points(-change)}",
        > 0 => $"+{Number(change)} {Points(change)}",
        _ => "no change",
    };

    public static string Number(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static string Points(double value) => value == 1 ? "point" : "points";
}
