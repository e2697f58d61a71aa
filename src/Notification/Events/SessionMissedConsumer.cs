using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A session window closed unreported: the patient hears about it, in-app only.</summary>
public sealed class SessionMissedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxBatchConsumer<SessionMissed, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(SessionMissed message, ConsumeContext<SessionMissed> context)
    {
        var recipients = await intake.RecipientsAsync([message.PatientId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<SessionMissed>(message.PlannedSessionId), Reminders.Compose(message, recipients.ZoneOf(message.PatientId)), recipients, context.CancellationToken);
    }
}
