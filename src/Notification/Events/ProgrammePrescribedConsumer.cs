using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A first programme version: the patient is told it is ready.</summary>
public sealed class ProgrammePrescribedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxConsumer<ProgrammePrescribed, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(ProgrammePrescribed message, ConsumeContext<ProgrammePrescribed> context)
    {
        var recipients = await intake.RecipientsAsync([message.PatientId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<ProgrammePrescribed>(message.ProgrammeId, message.Version), ProgrammeNews.Compose(message), recipients, context.CancellationToken);
    }
}
