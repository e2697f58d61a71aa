using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A pain flare after a session or the next morning: the therapist is told, in their notification about the report.</summary>
public sealed class PainFlareDetectedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake, ReportNotifications reports)
    : InboxConsumer<PainFlareDetected, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(PainFlareDetected message, ConsumeContext<PainFlareDetected> context)
    {
        var recipients = await intake.RecipientsAsync([message.TherapistId], context.CancellationToken);
        var source = SourceEvent.Of<PainFlareDetected>(message.ReportId, message.DetectedAt);
        await reports.TellAsync(source, message.ReportId, ClinicalAlerts.Compose(message), recipients, context.CancellationToken);
    }
}
