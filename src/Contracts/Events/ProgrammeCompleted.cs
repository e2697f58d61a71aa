namespace Telehealth.Contracts.Events.V1;

public sealed record ProgrammeCompleted(Guid ProgrammeId, string PatientId, string TherapistId, int Version, string Reason, DateTimeOffset At);
