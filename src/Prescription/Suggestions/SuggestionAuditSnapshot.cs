using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Suggestions;

/// <summary>A suggestion as its audit records keep it: what was proposed, and what was decided.</summary>
internal sealed record SuggestionAuditSnapshot(
    SuggestionStatus Status,
    SuggestionKind Kind,
    Guid ItemId,
    int BasedOnVersion,
    Dosage ProposedDosage,
    string Explanation,
    Dosage? AppliedDosage,
    int? AppliedInVersion,
    string? DecisionReason)
{
    public static SuggestionAuditSnapshot Of(ProgressionSuggestion suggestion) => new(
        suggestion.Status,
        suggestion.Kind,
        suggestion.ItemId,
        suggestion.BasedOnVersion,
        suggestion.ProposedDosage,
        suggestion.Explanation,
        suggestion.AppliedDosage,
        suggestion.AppliedInVersion,
        suggestion.DecisionReason);
}
