namespace Telehealth.Progress.Data;

/// <summary>
/// A session report as the patient sent it, or as they last corrected it (the report as it was
/// is in the audit trail); the per-exercise results are kept as JSON.
/// </summary>
public sealed class StoredSessionReport
{
    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public Guid ProgrammeId { get; set; }

    public int ProgrammeVersion { get; set; }

    public Guid? PlannedSessionId { get; set; }

    public DateTimeOffset PerformedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public int PainBefore { get; set; }

    public int PainAfter { get; set; }

    /// <summary>The rules' ExerciseResult records, as JSON.</summary>
    public string Exercises { get; set; } = "[]";

    /// <summary>The rules' RedFlagAnswer records, as JSON.</summary>
    public string RedFlagAnswers { get; set; } = "[]";

    public string Notes { get; set; } = "";

    public bool RedFlag { get; set; }

    public bool Flare { get; set; }

    /// <summary>
    /// False when none of the exercises done was planned for that day in the patient's time zone
    /// and no planned session was named: extra activity, which counts toward no adherence target.
    /// </summary>
    public bool OnScheduledDay { get; set; } = true;

    /// <summary>When the patient last corrected the report; null while it is as sent.</summary>
    public DateTimeOffset? CorrectedAt { get; set; }
}
