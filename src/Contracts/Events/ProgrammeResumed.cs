namespace Telehealth.Contracts.Events.V1;

public sealed record ProgrammeResumed(Guid ProgrammeId, string PatientId, string TherapistId, int Version, string Reason, DateTimeOffset At);
