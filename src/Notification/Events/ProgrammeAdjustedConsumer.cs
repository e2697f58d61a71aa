using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A new programme version: the patient is told it is ready.</summary>
public sealed class ProgrammeAdjustedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxConsumer<ProgrammeAdjusted, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(ProgrammeAdjusted message, ConsumeContext<ProgrammeAdjusted> context)
    {
        var recipients = await intake.RecipientsAsync([message.PatientId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<ProgrammeAdjusted>(message.ProgrammeId, message.Version), ProgrammeNews.Compose(message), recipients, context.CancellationToken);
    }
}
