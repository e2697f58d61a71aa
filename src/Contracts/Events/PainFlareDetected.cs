namespace Telehealth.Contracts.Events.V1;

/// <summary>Pain rose beyond what the programme allows; the explanation is for the therapist.</summary>
public sealed record PainFlareDetected(
    Guid ReportId,
    Guid PatientId,
    Guid TherapistId,
    Guid ProgrammeId,
    int PainBefore,
    int PainAfter,
    string Explanation,
    DateTimeOffset DetectedAt);
