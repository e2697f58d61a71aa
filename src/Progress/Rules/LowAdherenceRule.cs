namespace Telehealth.Progress.Rules;

/// <summary>Adherence below 50 % over two weeks alerts the therapist (CLINICAL.md, adherence).</summary>
public static class LowAdherenceRule
{
    /// <returns>The alert, or null when adherence is at or above the alert level or undefined (nothing planned).</returns>
    public static TherapistAlert? Evaluate(IReadOnlyList<PlannedSession> sessions, DateTimeOffset at, AdherenceSettings settings)
    {
        var window = AdherenceCalculator.Calculate(sessions, at, settings.AlertWindowDays);
        if (window.Rate is not { } rate || rate >= settings.AlertBelow)
        {
            return null;
        }

        return new TherapistAlert(AlertKind.LowAdherence, AlertUrgency.Routine, AlertRouting.Standard,
            $"Adherence over the last {Wording.Count(window.Days, "day", "days")} is {Wording.Percent(rate)} " +
            $"({window.Done} of {Wording.Count(window.Planned, "planned session", "planned sessions")} done, {window.Missed} missed), " +
            $"below the {Wording.Percent(settings.AlertBelow)} alert level.");
    }
}
