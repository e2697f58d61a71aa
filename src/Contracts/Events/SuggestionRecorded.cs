namespace Telehealth.Contracts.Events.V1;

/// <summary>
/// Prescription recorded a suggestion for the therapist: waiting for their decision, or already
/// applied within their cap (<paramref name="AppliedInVersion"/> set). Repeats of a pending
/// suggestion are not recorded again, so each of these is news for the therapist.
/// </summary>
/// <param name="SuggestionId">The id the therapist decides (or undoes) it by.</param>
/// <param name="ReportId">The session report that earned it; empty when unknown.</param>
/// <param name="Change">The exercise and its dose before and after, in the therapist's words.</param>
public sealed record SuggestionRecorded(
    Guid SuggestionId,
    Guid ReportId,
    Guid PatientId,
    Guid TherapistId,
    Guid ProgrammeId,
    bool Regression,
    string Change,
    string Explanation,
    int? AppliedInVersion,
    DateTimeOffset RecordedAt);
