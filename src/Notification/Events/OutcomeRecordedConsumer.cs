using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>An outcome questionnaire was scored: the therapist is told, in-app only.</summary>
public sealed class OutcomeRecordedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxConsumer<OutcomeRecorded, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(OutcomeRecorded message, ConsumeContext<OutcomeRecorded> context)
    {
        var recipients = await intake.RecipientsAsync([message.TherapistId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<OutcomeRecorded>(message.OutcomeId), ClinicalAlerts.Compose(message), recipients, context.CancellationToken);
    }
}
