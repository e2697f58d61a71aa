using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>
/// One patient in one therapist's care, with everything the RPCs need to exist: a programme from a
/// template, a session report, a pending suggestion, a booked review, and notifications in both inboxes.
/// </summary>
public sealed record PatientCase(
    TestCaller Patient,
    TestCaller Therapist,
    string TemplateId,
    string ProgrammeId,
    string ReportId,
    string SuggestionId,
    string AppointmentId,
    string PatientNotificationId,
    string TherapistNotificationId)
{
    /// <summary>The notification of this case in the caller's inbox: the therapist's about the patient, otherwise the patient's own.</summary>
    public string NotificationFor(TestCaller caller) =>
        caller.Role == "therapist" ? TherapistNotificationId : PatientNotificationId;
}
