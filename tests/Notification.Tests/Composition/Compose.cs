using NodaTime;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;

namespace Telehealth.Notification.Tests.Composition;

/// <summary>Calls the composer that fits an event, as the consumers do.</summary>
internal static class Compose
{
    public static IReadOnlyList<ComposedNotification> Any(object e, DateTimeZone? zone = null)
    {
        var z = zone ?? DateTimeZone.Utc;
        return e switch
        {
            RedFlagReported x => ClinicalAlerts.Compose(x),
            PainFlareDetected x => ClinicalAlerts.Compose(x),
            AdherenceDropped x => ClinicalAlerts.Compose(x),
            SuggestionRecorded x => ClinicalAlerts.Compose(x),
            ReviewRequested x => ClinicalAlerts.Compose(x),
            OutcomeRecorded x => ClinicalAlerts.Compose(x),
            ProgrammePrescribed x => ProgrammeNews.Compose(x),
            ProgrammeAdjusted x => ProgrammeNews.Compose(x),
            SessionReminderDue x => Reminders.Compose(x, z),
            MovementBreakDue x => Reminders.Compose(x),
            SessionMissed x => Reminders.Compose(x, z),
            AppointmentBooked x => Appointments.Compose(x, _ => z),
            AppointmentRescheduled x => Appointments.Compose(x, _ => z),
            AppointmentCancelled x => Appointments.Compose(x, _ => z),
            AppointmentReminderDue x => Appointments.Compose(x, _ => z),
            _ => throw new ArgumentException($"No composer for {e.GetType().Name}"),
        };
    }
}
