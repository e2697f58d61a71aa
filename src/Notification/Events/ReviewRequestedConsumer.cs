using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>Progress asks for an earlier review: the therapist is told.</summary>
public sealed class ReviewRequestedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxConsumer<ReviewRequested, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(ReviewRequested message, ConsumeContext<ReviewRequested> context)
    {
        var recipients = await intake.RecipientsAsync([message.TherapistId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<ReviewRequested>(message.RequestId), ClinicalAlerts.Compose(message), recipients, context.CancellationToken);
    }
}
