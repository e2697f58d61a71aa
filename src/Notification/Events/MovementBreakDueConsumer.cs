using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>Time for a movement break during desk work: the patient is nudged.</summary>
public sealed class MovementBreakDueConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxBatchConsumer<MovementBreakDue, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(MovementBreakDue message, ConsumeContext<MovementBreakDue> context)
    {
        var recipients = await intake.RecipientsAsync([message.PatientId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<MovementBreakDue>(message.ReminderId), Reminders.Compose(message), recipients, context.CancellationToken);
    }
}
