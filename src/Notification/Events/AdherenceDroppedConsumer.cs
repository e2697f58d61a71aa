using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>Adherence fell below the alert threshold: the therapist is told.</summary>
public sealed class AdherenceDroppedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxConsumer<AdherenceDropped, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(AdherenceDropped message, ConsumeContext<AdherenceDropped> context)
    {
        var recipients = await intake.RecipientsAsync([message.TherapistId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<AdherenceDropped>(message.PatientId, message.ProgrammeId, message.DetectedAt), ClinicalAlerts.Compose(message), recipients, context.CancellationToken);
    }
}
