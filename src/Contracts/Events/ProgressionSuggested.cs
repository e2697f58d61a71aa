namespace Telehealth.Contracts.Events.V1;

/// <summary>The patient earned the next step of an item; the therapist decides, unless auto-progression applies.</summary>
public sealed record ProgressionSuggested(
    Guid SuggestionId,
    Guid PatientId,
    Guid TherapistId,
    Guid ProgrammeId,
    int BasedOnVersion,
    Guid ItemId,
    DosageSnapshot Proposed,
    string Explanation,
    DateTimeOffset SuggestedAt,
    Guid ReportId);
