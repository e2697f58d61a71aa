namespace Telehealth.Contracts.Events.V1;

public sealed record ProgrammeAdjusted(
    Guid ProgrammeId,
    string PatientId,
    string TherapistId,
    int Version,
    IReadOnlyList<ProgrammeItemSnapshot> Items,
    string Reason,
    Guid? FromSuggestionId,
    DateTimeOffset AdjustedAt);
