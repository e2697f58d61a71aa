using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>An item should step back: the therapist is asked to decide.</summary>
public sealed class RegressionSuggestedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxConsumer<RegressionSuggested, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(RegressionSuggested message, ConsumeContext<RegressionSuggested> context)
    {
        var recipients = await intake.RecipientsAsync([message.TherapistId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<RegressionSuggested>(message.SuggestionId), ClinicalAlerts.Compose(message), recipients, context.CancellationToken);
    }
}
