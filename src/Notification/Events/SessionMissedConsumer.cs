using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;

namespace Telehealth.Notification.Events;

/// <summary>A session window closed unreported: the patient hears about it, in-app only.</summary>
public sealed class SessionMissedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : PatientNudgeConsumer<SessionMissed>(db, clock, intake)
{
    protected override Guid PatientOf(SessionMissed message) => message.PatientId;

    protected override (SourceEvent Source, IReadOnlyList<ComposedNotification> Notifications) Compose(SessionMissed message, RecipientBook recipients) =>
        (SourceEvent.Of<SessionMissed>(message.PlannedSessionId), Reminders.Compose(message, recipients.ZoneOf(message.PatientId)));
}
