namespace Telehealth.Contracts.Events.V1;

public sealed record ProgrammePrescribed(
    Guid ProgrammeId,
    Guid PatientId,
    Guid TherapistId,
    int Version,
    IReadOnlyList<ProgrammeItemSnapshot> Items,
    int ReviewIntervalDays,
    DateTimeOffset PrescribedAt);
