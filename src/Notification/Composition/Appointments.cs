using NodaTime;
using Telehealth.Contracts.Events.V1;

namespace Telehealth.Notification.Composition;

/// <summary>Telehealth reviews booked, moved, cancelled and coming up: both people are told, each on their own clock.</summary>
public static class Appointments
{
    public static IReadOnlyList<ComposedNotification> Compose(AppointmentBooked e, Func<Guid, DateTimeZone> zoneOf) =>
    [
        Patient(e.PatientId, NotificationKind.AppointmentBooked, "Review booked",
            $"Your telehealth review is booked for {At(e.StartsAt, zoneOf(e.PatientId))}."),
        Therapist(e.TherapistId, e.PatientId, NotificationKind.AppointmentBooked, e.Urgent ? "Urgent review booked" : "Review booked",
            $"A review is booked for {At(e.StartsAt, zoneOf(e.TherapistId))}. {e.Reason}".Trim()),
    ];

    public static IReadOnlyList<ComposedNotification> Compose(AppointmentRescheduled e, Func<Guid, DateTimeZone> zoneOf) =>
    [
        Patient(e.PatientId, NotificationKind.AppointmentRescheduled, "Review moved",
            $"Your telehealth review moved from {At(e.PreviousStartsAt, zoneOf(e.PatientId))} to {At(e.StartsAt, zoneOf(e.PatientId))}."),
        Therapist(e.TherapistId, e.PatientId, NotificationKind.AppointmentRescheduled, "Review moved",
            $"A review moved from {At(e.PreviousStartsAt, zoneOf(e.TherapistId))} to {At(e.StartsAt, zoneOf(e.TherapistId))}."),
    ];

    public static IReadOnlyList<ComposedNotification> Compose(AppointmentCancelled e, Func<Guid, DateTimeZone> zoneOf) =>
    [
        Patient(e.PatientId, NotificationKind.AppointmentCancelled, "Review cancelled",
            $"Your telehealth review on {At(e.StartsAt, zoneOf(e.PatientId))} was cancelled. {e.Reason}".Trim()),
        Therapist(e.TherapistId, e.PatientId, NotificationKind.AppointmentCancelled, "Review cancelled",
            $"The review on {At(e.StartsAt, zoneOf(e.TherapistId))} was cancelled. {e.Reason}".Trim()),
    ];

    public static IReadOnlyList<ComposedNotification> Compose(AppointmentReminderDue e, Func<Guid, DateTimeZone> zoneOf) =>
    [
        Patient(e.PatientId, NotificationKind.AppointmentReminder, "Review coming up",
            $"Your telehealth review starts in {LocalTimeText.Span(e.Before)}, at {LocalTimeText.TimeOf(e.StartsAt, zoneOf(e.PatientId))}.",
            PublicText.PatientReminder),
        Therapist(e.TherapistId, e.PatientId, NotificationKind.AppointmentReminder, "Review coming up",
            $"A review starts in {LocalTimeText.Span(e.Before)}, at {LocalTimeText.TimeOf(e.StartsAt, zoneOf(e.TherapistId))}."),
    ];

    private static string At(DateTimeOffset instant, DateTimeZone zone) => LocalTimeText.DayAndTimeOf(instant, zone);

    private static ComposedNotification Patient(Guid patientId, NotificationKind kind, string title, string body, PublicText? text = null) =>
        new(patientId, Audience.Patient, kind, Priority.Normal, title, body, text ?? PublicText.PatientMessage, patientId);

    private static ComposedNotification Therapist(Guid therapistId, Guid patientId, NotificationKind kind, string title, string body) =>
        new(therapistId, Audience.Therapist, kind, Priority.Normal, title, body, PublicText.TherapistUpdate, patientId);
}
