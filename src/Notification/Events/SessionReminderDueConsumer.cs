using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A planned session is coming up: the patient is reminded.</summary>
public sealed class SessionReminderDueConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxBatchConsumer<SessionReminderDue, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(SessionReminderDue message, ConsumeContext<SessionReminderDue> context)
    {
        var recipients = await intake.RecipientsAsync([message.PatientId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<SessionReminderDue>(message.ReminderId), Reminders.Compose(message, recipients.ZoneOf(message.PatientId)), recipients, context.CancellationToken);
    }
}
