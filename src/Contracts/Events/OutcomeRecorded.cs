namespace Telehealth.Contracts.Events.V1;

/// <summary>An outcome measure was scored (ODI percent, Roland-Morris 0–24).</summary>
public sealed record OutcomeRecorded(
    Guid OutcomeId,
    Guid PatientId,
    Guid TherapistId,
    string Measure,
    double Score,
    double? ChangeFromBaseline,
    bool MinimalImportantChangeReached,
    DateTimeOffset RecordedAt);
