namespace Telehealth.Contracts.Events.V1;

/// <summary>A red flag answer: urgent, never handled automatically, the therapist alerted on every channel.</summary>
public sealed record RedFlagReported(
    Guid ReportId,
    Guid PatientId,
    Guid TherapistId,
    IReadOnlyList<string> Flags,
    string PatientAdvice,
    DateTimeOffset ReportedAt);
