using NodaTime;
using Telehealth.Contracts.Events.V1;

namespace Telehealth.Notification.Composition;

/// <summary>Scheduling's nudges to the patient: sessions, movement breaks, missed sessions.</summary>
public static class Reminders
{
    /// <param name="patientZone">The patient's zone from their preferences; the event's own zone wins when it names a valid one.</param>
    public static IReadOnlyList<ComposedNotification> Compose(SessionReminderDue e, DateTimeZone patientZone)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(e.TimeZone ?? "") ?? patientZone;
        return
        [
            new(e.PatientId, Audience.Patient, NotificationKind.SessionReminder, Priority.Normal,
                "Time for your exercises",
                $"Your exercise session starts at {LocalTimeText.TimeOf(e.SessionStartsAt, zone)}. Open your programme to begin.",
                PublicText.PatientReminder, e.PatientId),
        ];
    }

    public static IReadOnlyList<ComposedNotification> Compose(MovementBreakDue e) =>
    [
        new(e.PatientId, Audience.Patient, NotificationKind.MovementBreak, Priority.Normal,
            "Time to move",
            "Stand up and move for a couple of minutes: a short walk or a gentle stretch.",
            PublicText.PatientReminder, e.PatientId),
    ];

    public static IReadOnlyList<ComposedNotification> Compose(SessionMissed e, DateTimeZone patientZone) =>
    [
        new(e.PatientId, Audience.Patient, NotificationKind.SessionMissed, Priority.Low,
            "Session missed",
            $"No session was reported for {LocalTimeText.DayAndTimeOf(e.WindowStart, patientZone)}. No problem: carry on with your next one.",
            PublicText.PatientMessage, e.PatientId),
    ];
}
