namespace Telehealth.Progress.Rules;

/// <summary>
/// Orders a therapist's caseload by urgency: red flags not yet acknowledged, then pain flares,
/// then low adherence, then patients ready to progress, then everyone else; within a level, the
/// alert open longest first.
/// </summary>
public static class CaseloadTriage
{
    public static IReadOnlyList<TriageEntry> Order(IEnumerable<PatientSummary> patients, AdherenceSettings settings)
    {
        var caseload = patients.ToList();
        Validate(caseload);
        return caseload
            .Select((patient, position) => (patient, position, level: LevelOf(patient, settings)))
            .OrderBy(x => x.level)
            .ThenBy(x => WithinLevel(x.patient, x.level))
            .ThenBy(x => x.position)
            .Select(x => new TriageEntry(x.patient.PatientId, x.level, Reason(x.patient, x.level, settings) + Acknowledged(x.patient, x.level), Since(x.patient, x.level)))
            .ToList();
    }

    private static void Validate(IReadOnlyList<PatientSummary> caseload)
    {
        var violations = new List<FieldViolation>();
        for (var i = 0; i < caseload.Count; i++)
        {
            if (caseload[i].TwoWeekAdherence is < 0m or > 1m)
            {
                violations.Add(new($"patients[{i}].{nameof(PatientSummary.TwoWeekAdherence)}", "adherence is a fraction from 0 to 1"));
            }

            if (caseload[i].ExercisesReadyToProgress < 0)
            {
                violations.Add(new($"patients[{i}].{nameof(PatientSummary.ExercisesReadyToProgress)}", "cannot be negative"));
            }
        }

        if (violations.Count > 0)
        {
            throw new InvalidRuleInputException(violations);
        }
    }

    private static TriageLevel LevelOf(PatientSummary patient, AdherenceSettings settings)
    {
        if (patient.UnacknowledgedRedFlags.Count > 0)
        {
            return TriageLevel.RedFlag;
        }

        if (patient.OpenPainFlareSince is not null)
        {
            return TriageLevel.PainFlare;
        }

        if (patient.TwoWeekAdherence is { } rate && rate < settings.AlertBelow)
        {
            return TriageLevel.LowAdherence;
        }

        return patient.ExercisesReadyToProgress > 0 ? TriageLevel.ReadyToProgress : TriageLevel.Routine;
    }

    /// <summary>
    /// Within a level: the longest-waiting flag first, the lowest adherence first, the most
    /// exercises ready first; routine patients keep their given order.
    /// </summary>
    private static decimal WithinLevel(PatientSummary patient, TriageLevel level) => level switch
    {
        TriageLevel.RedFlag => Ticks(patient.RedFlagReportedAt),
        TriageLevel.PainFlare => Ticks(patient.OpenPainFlareSince),
        TriageLevel.LowAdherence => patient.TwoWeekAdherence ?? 0m,
        TriageLevel.ReadyToProgress => -patient.ExercisesReadyToProgress,
        _ => 0m,
    };

    private static DateTimeOffset? Since(PatientSummary patient, TriageLevel level) => level switch
    {
        TriageLevel.RedFlag => patient.RedFlagReportedAt,
        TriageLevel.PainFlare => patient.OpenPainFlareSince,
        _ => null,
    };

    /// <summary>A red flag acknowledged leaves the top of the list, but the therapist still sees who took it and when.</summary>
    private static string Acknowledged(PatientSummary patient, TriageLevel level) =>
        level != TriageLevel.RedFlag && patient.RedFlagAcknowledged is { } acknowledged
            ? $" Red flag acknowledged by therapist {acknowledged.By} at {acknowledged.At.ToUniversalTime():yyyy-MM-dd HH:mm} UTC."
            : "";

    // An unknown report time sorts first: it may be the oldest.
    private static decimal Ticks(DateTimeOffset? at) => at?.UtcTicks ?? long.MinValue;

    private static string Reason(PatientSummary patient, TriageLevel level, AdherenceSettings settings) => level switch
    {
        TriageLevel.RedFlag =>
            $"Red flag not yet acknowledged: {string.Join("; ", patient.UnacknowledgedRedFlags.Distinct().Select(RedFlagWording.Describe))}.",
        TriageLevel.PainFlare => "Pain flare not yet reviewed: an easier dose has been suggested.",
        TriageLevel.LowAdherence =>
            $"Adherence {Wording.Percent(patient.TwoWeekAdherence ?? 0m)} over the last {Wording.Count(settings.AlertWindowDays, "day", "days")}, below {Wording.Percent(settings.AlertBelow)}.",
        TriageLevel.ReadyToProgress =>
            $"{Wording.Count(patient.ExercisesReadyToProgress, "exercise", "exercises")} ready to progress.",
        _ => patient.TwoWeekAdherence is null
            ? $"Nothing needs attention (no sessions planned in the last {Wording.Count(settings.AlertWindowDays, "day", "days")})."
            : "Nothing needs attention.",
    };
}
