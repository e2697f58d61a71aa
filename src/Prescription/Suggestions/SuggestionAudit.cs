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
    /// <summary>One action per decision ("suggestion.approved"), all written from <see cref="SuggestionAuditSnapshot"/>.</summary>
    public static IReadOnlyDictionary<SuggestionStatus, AuditAction> Actions { get; } =
        Enum.GetValues<SuggestionStatus>().Where(status => status != SuggestionStatus.Pending).ToDictionary(
            status => status,
            status => new AuditAction("suggestion." + status.ToString().ToLowerInvariant(), typeof(SuggestionAuditSnapshot), SchemaVersion: 1));

    /// <summary>Take it before deciding: the suggestion as it was put to the therapist.</summary>
    public static SuggestionAuditSnapshot Snapshot(ProgressionSuggestion suggestion) => SuggestionAuditSnapshot.Of(suggestion);

    public static void RecordDecision(PrescriptionDbContext db, Programme programme, ProgressionSuggestion suggestion, SuggestionAuditSnapshot before, string actor, string? reason)
    {
        db.RecordAudit(new AuditEntry(programme.PatientId, actor, Actions[suggestion.Status], suggestion.Id)
        {
            Reason = string.IsNullOrWhiteSpace(reason) ? suggestion.DecisionReason : reason,
            Before = before,
            After = SuggestionAuditSnapshot.Of(suggestion),
        }, suggestion.DecidedAt ?? suggestion.ReceivedAt);
    }
}
