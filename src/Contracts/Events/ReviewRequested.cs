namespace Telehealth.Contracts.Events.V1;

/// <summary>Progress asks for an earlier telehealth review; scheduling offers one.</summary>
public sealed record ReviewRequested(
    Guid RequestId,
    Guid PatientId,
    Guid TherapistId,
    string Reason,
    bool Urgent,
    DateTimeOffset RequestedAt,
    Guid ReportId);
