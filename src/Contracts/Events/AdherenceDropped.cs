namespace Telehealth.Contracts.Events.V1;

/// <summary>Sessions done over planned fell below the alert threshold over the window.</summary>
public sealed record AdherenceDropped(
    Guid PatientId,
    Guid TherapistId,
    Guid ProgrammeId,
    double Adherence,
    int WindowDays,
    DateTimeOffset DetectedAt);
