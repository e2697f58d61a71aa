using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;
using Telehealth.Prescription.Programmes;
using Telehealth.Prescription.Suggestions;

namespace Telehealth.Prescription.Events;

/// <summary>
/// Records a suggestion from progress for the therapist, and applies it at once when the item
/// allows automatic progression within its cap.
/// </summary>
internal static class SuggestionIntake
{
    public static async Task ReceiveAsync(PrescriptionDbContext db, ILogger logger, IncomingSuggestion incoming, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammesWithVersions.FirstOrDefaultAsync(p => p.Id == incoming.ProgrammeId, cancellationToken);
        if (programme is null || programme.Status == ProgrammeStatus.Completed)
        {
            // A suggestion for a programme that is gone or finished has nobody to decide it.
            return;
        }
        if (await db.Suggestions.AnyAsync(s => s.Id == ProgressionSuggestion.IdFor(incoming.SourceEventId), cancellationToken))
        {
            return;
        }
        // Every good report after the first qualifying one suggests the same step again; the
        // therapist needs it once, not once per report.
        if (await db.Suggestions.AnyAsync(s => s.ProgrammeId == incoming.ProgrammeId && s.ItemId == incoming.ItemId && s.Kind == incoming.Kind
                && s.BasedOnVersion == incoming.BasedOnVersion && s.Status == SuggestionStatus.Pending, cancellationToken))
        {
            return;
        }
        ProgressionSuggestion suggestion;
        try
        {
            suggestion = ProgressionSuggestion.Receive(
                incoming.SourceEventId, programme, incoming.ItemId, incoming.Kind, ToDomain(incoming.Proposed), incoming.Explanation, incoming.BasedOnVersion, now);
        }
        catch (DomainException refused)
        {
            // Retrying cannot make an invalid proposal valid: note it and move on.
            logger.LogWarning("Suggestion {SuggestionEvent} for programme {ProgrammeId} was not recorded: {Field}", incoming.SourceEventId, incoming.ProgrammeId, refused.Field);
            return;
        }
        db.Suggestions.Add(suggestion);
        var asReceived = SuggestionAudit.Snapshot(suggestion);
        if (suggestion.TryApplyAutomatically(programme, now) is { } applied)
        {
            ProgrammeEvents.Publish(db, programme, applied);
            ProgrammeAudit.Record(db, programme, applied, ProgrammeAudit.ServiceActor);
            SuggestionAudit.RecordDecision(db, programme, suggestion, asReceived, ProgrammeAudit.ServiceActor, reason: null);
        }
        db.Publish(new SuggestionRecorded(
            suggestion.Id, incoming.ReportId, programme.PatientId, programme.TherapistId, programme.Id,
            suggestion.Kind == SuggestionKind.Regression, suggestion.DescribeChange(programme), suggestion.Explanation,
            suggestion.AppliedInVersion, now), now);
    }

    private static Dosage ToDomain(DosageSnapshot dosage) => new()
    {
        Sets = dosage.Sets,
        RepsMin = dosage.RepsMin,
        RepsMax = dosage.RepsMax,
        HoldSeconds = dosage.HoldSeconds,
        LoadKg = dosage.LoadKg,
        Minutes = dosage.Minutes,
        SessionsPerWeek = dosage.SessionsPerWeek,
        Days = dosage.Days.Aggregate(WeekDays.None, (days, day) => days | (WeekDays)(1 << (((int)day + 6) % 7))),
        RpeTarget = dosage.RpeTarget,
        HoldsPerSide = dosage.HoldsPerSide,
        IntervalMinutes = dosage.IntervalMinutes,
    };
}
