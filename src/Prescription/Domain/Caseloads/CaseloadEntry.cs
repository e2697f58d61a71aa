namespace Telehealth.Prescription.Domain;

/// <summary>One patient's programme as the therapist's caseload shows it.</summary>
/// <param name="ReviewDueAt">Null unless the programme is active.</param>
/// <param name="PendingSuggestions">Suggestions waiting for the therapist's decision.</param>
public sealed record CaseloadEntry(
    Guid ProgrammeId,
    Guid PatientId,
    ProgrammeStatus Status,
    int CurrentVersion,
    DateTimeOffset LastChangedAt,
    DateTimeOffset? ReviewDueAt,
    bool ReviewOverdue,
    int PendingSuggestions);
