namespace Telehealth.Contracts.Events.V1;

public sealed record ProgrammePaused(Guid ProgrammeId, Guid PatientId, Guid TherapistId, int Version, string Reason, DateTimeOffset At);
