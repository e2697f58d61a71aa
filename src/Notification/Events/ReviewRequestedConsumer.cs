using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>Progress asks for an earlier review: the therapist is told, in their notification about the report that prompted it.</summary>
public sealed class ReviewRequestedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake, ReportNotifications reports)
    : InboxConsumer<ReviewRequested, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(ReviewRequested message, ConsumeContext<ReviewRequested> context)
    {
        var recipients = await intake.RecipientsAsync([message.TherapistId], context.CancellationToken);
        var source = SourceEvent.Of<ReviewRequested>(message.RequestId);
        await reports.TellAsync(source, message.ReportId, ClinicalAlerts.Compose(message), recipients, context.CancellationToken);
    }
}
