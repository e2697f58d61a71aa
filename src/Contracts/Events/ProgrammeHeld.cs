namespace Telehealth.Contracts.Events.V1;

/// <summary>
/// A red flag put the programme on hold at once: no progression, no routine reminders, until the
/// therapist decides (a later ProgrammeResumed, ProgrammeAdjusted, ProgrammePaused or
/// ProgrammeCompleted ends the hold).
/// </summary>
public sealed record ProgrammeHeld(Guid ProgrammeId, Guid PatientId, Guid TherapistId, int Version, string Reason, Guid ReportId, DateTimeOffset At);
