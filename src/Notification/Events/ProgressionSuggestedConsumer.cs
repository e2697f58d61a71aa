using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A patient earned the next step: the therapist is asked to decide.</summary>
public sealed class ProgressionSuggestedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxConsumer<ProgressionSuggested, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(ProgressionSuggested message, ConsumeContext<ProgressionSuggested> context)
    {
        var recipients = await intake.RecipientsAsync([message.TherapistId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<ProgressionSuggested>(message.SuggestionId), ClinicalAlerts.Compose(message), recipients, context.CancellationToken);
    }
}
