using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Audit.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Integration.Tests.Support;
using Notifications = Telehealth.Contracts.Notification.V1;
using Scheduling = Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>
/// Puts a patient in a therapist's care and waits until every service has what the matrix calls
/// about: the caseload learnt from events by progress, scheduling and notification, a flare report that leaves a
/// pending regression suggestion and a therapist alert, a booked review, and notifications.
/// </summary>
internal sealed class PatientCaseBuilder(ClinicalSystem system, TestCaller therapist, TestCaller patient)
{
    private static readonly TimeSpan EventsSettle = TimeSpan.FromSeconds(30);

    public async Task<PatientCase> BuildAsync()
    {
        // Hours first, so that the review the flare asks for finds the appointment booked below.
        await system.Scheduling.CallPolitelyAsync<Scheduling.SetAvailabilityRequest, Scheduling.Availability>("SetAvailability", StandardAvailability.For(therapist.Id), therapist);
        var template = await LoadedTemplateAsync();
        var programme = await system.Prescription.CallPolitelyAsync<PrescribeProgrammeRequest, Programme>("PrescribeProgramme", new PrescribeProgrammeRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PatientId = patient.Id.ToString(),
            TemplateId = template.TemplateId,
            Reason = "Initial assessment: chronic low back pain.",
        }, therapist);
        await WaitUntilCaseloadKnownAsync();
        var appointment = await BookReviewAsync();
        var report = await ReportFlareAsync(programme);
        var suggestion = await Eventually.SucceedsAsync(
            () => system.Prescription.CallPolitelyAsync<ListSuggestionsRequest, ListSuggestionsResponse>("ListSuggestions", new ListSuggestionsRequest { PatientId = patient.Id.ToString(), PendingOnly = true }, therapist),
            found => found.Suggestions.Count > 0, EventsSettle);
        var patientNotification = await NotificationAsync(patient, _ => true);
        var therapistNotification = await NotificationAsync(therapist, n => n.PatientId == patient.Id.ToString() && n.Kind == Notifications.NotificationKind.PainFlare);
        return new PatientCase(
            patient, therapist, template.TemplateId, programme.ProgrammeId, report, suggestion.Suggestions[0].SuggestionId,
            appointment.AppointmentId, patientNotification.NotificationId, therapistNotification.NotificationId);
    }

    /// <summary>A template with a loaded exercise: a flare on it yields a regression suggestion, which always waits for the therapist.</summary>
    private async Task<ProgrammeTemplate> LoadedTemplateAsync()
    {
        var templates = await system.Prescription.CallPolitelyAsync<ListTemplatesRequest, ListTemplatesResponse>("ListTemplates", new ListTemplatesRequest(), therapist);
        return templates.Templates.First(t => t.Items.Any(item => item.Dosage.HasLoadKg));
    }

    private async Task WaitUntilCaseloadKnownAsync()
    {
        await Eventually.SucceedsAsync(() => system.Progress.CallPolitelyAsync<ListSessionReportsRequest, ListSessionReportsResponse>(
            "ListSessionReports", new ListSessionReportsRequest { PatientId = patient.Id.ToString() }, therapist), timeout: EventsSettle);
        await Eventually.SucceedsAsync(() => system.Scheduling.CallPolitelyAsync<Scheduling.GetPreferencesRequest, Scheduling.Preferences>(
            "GetPreferences", new Scheduling.GetPreferencesRequest { PatientId = patient.Id.ToString() }, therapist), timeout: EventsSettle);
        await Eventually.SucceedsAsync(() => system.AuditTrail("notification").CallPolitelyAsync<ListAuditRecordsRequest, ListAuditRecordsResponse>(
            "ListAuditRecords", new ListAuditRecordsRequest { PatientId = patient.Id.ToString() }, therapist), timeout: EventsSettle);
    }

    private async Task<Scheduling.Appointment> BookReviewAsync()
    {
        var slot = await FreeSlots.EarliestAsync(system, therapist, patient);
        return await system.Scheduling.CallPolitelyAsync<Scheduling.BookAppointmentRequest, Scheduling.Appointment>("BookAppointment", new Scheduling.BookAppointmentRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PatientId = patient.Id.ToString(),
            TherapistId = therapist.Id.ToString(),
            StartsAt = slot.StartsAt,
            EndsAt = slot.EndsAt,
            Reason = "Two-week review",
        }, therapist);
    }

    /// <summary>Pain from 2 to 6 on the loaded exercise: a flare, so a therapist alert and a regression suggestion.</summary>
    private async Task<string> ReportFlareAsync(Programme programme)
    {
        var loaded = programme.Items.First(item => item.Dosage.HasLoadKg);
        var result = new ExerciseResult { ItemId = loaded.ItemId, Rpe = 6, PainDuring = 6 };
        for (var set = 0; set < loaded.Dosage.Sets; set++)
        {
            result.Sets.Add(new SetResult { Reps = loaded.Dosage.RepsMin, LoadKg = loaded.Dosage.LoadKg });
        }
        var report = new SubmitSessionReportRequest
        {
            ReportId = Guid.NewGuid().ToString(),
            PatientId = patient.Id.ToString(),
            ProgrammeId = programme.ProgrammeId,
            ProgrammeVersion = programme.Version,
            PerformedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(-1)),
            PainBefore = 2,
            PainAfter = 6,
            Exercises = { result },
        };
        await system.Progress.CallPolitelyAsync<SubmitSessionReportRequest, SubmitSessionReportResponse>("SubmitSessionReport", report, patient);
        return report.ReportId;
    }

    private async Task<Notifications.Notification> NotificationAsync(TestCaller recipient, Func<Notifications.Notification, bool> match)
    {
        var inbox = await Eventually.SucceedsAsync(
            () => system.Notification.CallPolitelyAsync<Notifications.ListNotificationsRequest, Notifications.ListNotificationsResponse>(
                "ListNotifications", new Notifications.ListNotificationsRequest { PageSize = 200 }, recipient),
            found => found.Notifications.Any(match), EventsSettle);
        return inbox.Notifications.First(match);
    }
}
