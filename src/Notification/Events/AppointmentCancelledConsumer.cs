using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A review was cancelled: patient and therapist are told.</summary>
public sealed class AppointmentCancelledConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxConsumer<AppointmentCancelled, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(AppointmentCancelled message, ConsumeContext<AppointmentCancelled> context)
    {
        var recipients = await intake.RecipientsAsync([message.PatientId, message.TherapistId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<AppointmentCancelled>(message.AppointmentId), Appointments.Compose(message, recipients.ZoneOf), recipients, context.CancellationToken);
    }
}
