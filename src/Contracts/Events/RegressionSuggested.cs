namespace Telehealth.Contracts.Events.V1;

/// <summary>An item should step back (pain flare, next-day worsening); the therapist decides.</summary>
public sealed record RegressionSuggested(
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
