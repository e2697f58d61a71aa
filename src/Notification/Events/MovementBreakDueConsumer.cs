using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;

namespace Telehealth.Notification.Events;

/// <summary>Time for a movement break during desk work: the patient is nudged.</summary>
public sealed class MovementBreakDueConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : PatientNudgeConsumer<MovementBreakDue>(db, clock, intake)
{
    protected override Guid PatientOf(MovementBreakDue message) => message.PatientId;

    protected override (SourceEvent Source, IReadOnlyList<ComposedNotification> Notifications) Compose(MovementBreakDue message, RecipientBook recipients) =>
        (SourceEvent.Of<MovementBreakDue>(message.ReminderId), Reminders.Compose(message));
}
