using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A pain flare after a session or the next morning: the therapist is told.</summary>
public sealed class PainFlareDetectedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxConsumer<PainFlareDetected, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(PainFlareDetected message, ConsumeContext<PainFlareDetected> context)
    {
        var recipients = await intake.RecipientsAsync([message.TherapistId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<PainFlareDetected>(message.ReportId, message.DetectedAt), ClinicalAlerts.Compose(message), recipients, context.CancellationToken);
    }
}
