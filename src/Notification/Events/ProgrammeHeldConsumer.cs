using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A red flag held the programme: the patient is told once to contact their clinician.</summary>
public sealed class ProgrammeHeldConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxConsumer<ProgrammeHeld, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(ProgrammeHeld message, ConsumeContext<ProgrammeHeld> context)
    {
        var recipients = await intake.RecipientsAsync([message.PatientId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<ProgrammeHeld>(message.ProgrammeId, message.Version), ProgrammeNews.Compose(message), recipients, context.CancellationToken);
    }
}
