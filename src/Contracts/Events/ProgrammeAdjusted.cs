namespace Telehealth.Contracts.Events.V1;

public sealed record ProgrammeAdjusted(
    Guid ProgrammeId,
    Guid PatientId,
    Guid TherapistId,
    int Version,
    IReadOnlyList<ProgrammeItemSnapshot> Items,
    string Reason,
    Guid? FromSuggestionId,
    DateTimeOffset AdjustedAt);
