using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Prescription.Suggestions;

/// <summary>
/// The audit record of a decision on a suggestion: what was proposed and what was decided. A
/// decision that changes the programme also makes a version, which has its own record.
/// </summary>
internal static class SuggestionAudit
{
    /// <summary>Take it before deciding: the suggestion as it was put to the therapist.</summary>
    public static object Snapshot(ProgressionSuggestion suggestion) => new
    {
        suggestion.Status,
        suggestion.Kind,
        suggestion.ItemId,
        suggestion.BasedOnVersion,
        suggestion.ProposedDosage,
        suggestion.Explanation,
        suggestion.AppliedDosage,
        suggestion.AppliedInVersion,
        suggestion.DecisionReason,
    };

    public static void RecordDecision(PrescriptionDbContext db, Programme programme, ProgressionSuggestion suggestion, object before, string actor, string? reason)
    {
        db.RecordAudit(new AuditEntry(programme.PatientId, actor, "suggestion." + suggestion.Status.ToString().ToLowerInvariant(), suggestion.Id)
        {
            Reason = string.IsNullOrWhiteSpace(reason) ? suggestion.DecisionReason : reason,
            Before = before,
            After = Snapshot(suggestion),
        }, suggestion.DecidedAt ?? suggestion.ReceivedAt);
    }
}
