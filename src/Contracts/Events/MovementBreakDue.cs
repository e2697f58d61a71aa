namespace Telehealth.Contracts.Events.V1;

/// <summary>Time for the patient to stand up and move during desk work (every 30–60 minutes of work hours).</summary>
public sealed record MovementBreakDue(
    Guid ReminderId,
    Guid PatientId,
    DateTimeOffset DueAt,
    DateTimeOffset FiredAt);
