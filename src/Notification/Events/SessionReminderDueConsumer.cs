using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;

namespace Telehealth.Notification.Events;

/// <summary>A planned session is coming up: the patient is reminded.</summary>
public sealed class SessionReminderDueConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : PatientNudgeConsumer<SessionReminderDue>(db, clock, intake)
{
    protected override Guid PatientOf(SessionReminderDue message) => message.PatientId;

    protected override (SourceEvent Source, IReadOnlyList<ComposedNotification> Notifications) Compose(SessionReminderDue message, RecipientBook recipients) =>
        (SourceEvent.Of<SessionReminderDue>(message.ReminderId), Reminders.Compose(message, recipients.ZoneOf(message.PatientId)));
}
